package com.businessbuilder.engine.camunda7.guard;

import java.util.Set;

/**
 * What the rules check a deployment against.
 *
 * @param topics the topics the application's task handlers work on
 * @param release whether the deployment is the application's own release (deployed by {@code ModelDeployment})
 * @param dmnDefaultsAreFeel whether the engine's DMN defaults make an expression without a language FEEL
 */
record GuardContext(AllowList allowList, ExpressionRules expressions, Set<String> topics, boolean release,
    boolean dmnDefaultsAreFeel) {
}
