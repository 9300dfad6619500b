/**
 * Work broken down into tasks and carried out by agents: a plan's tasks with their acceptance criteria, roles,
 * estimates and dependencies ({@code bb_work_task}), the check of a plan an agent proposes, the order tasks can run
 * in, and the reusable {@code task-execution} process that puts one task through the quality gate. Service delivery
 * runs a project's tasks with it; the business lifecycle will run an initiative's.
 */
package com.businessbuilder.work;
