/**
 * The business lifecycle: the CEO states a goal and the company of agents analyses it, plans it across departments,
 * staffs it from the role catalog, builds it (each task through the work module's {@code task-execution}),
 * launches it when the readiness decision says go and the CEO agrees, and then operates it in cycles: department
 * monitors write KPI snapshots and findings that become improvement tasks, until the CEO retires the initiative.
 */
package com.businessbuilder.lifecycle;
