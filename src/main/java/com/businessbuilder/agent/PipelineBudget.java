package com.businessbuilder.agent;

import com.businessbuilder.worker.BusinessOutcome;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps each pipeline (one business key) within its money budget and its number of agent calls. The limits come
 * from configuration unless the pipeline carries its own ({@value #BUDGET_VARIABLE}, {@value #MAX_CALLS_VARIABLE}),
 * which is how the CEO raises them. Exceeding a limit is a business outcome the model routes to the CEO, never a
 * silent overrun.
 */
@Component
public class PipelineBudget {

  public static final String EXCEEDED = "AGENT_BUDGET_EXCEEDED";
  public static final String BUDGET_VARIABLE = "agentBudget";
  public static final String MAX_CALLS_VARIABLE = "maxAgentCalls";
  public static final String PROBLEM_VARIABLE = "agentBudgetProblem";
  /** The activity whose call was refused, so the model can resume there once the CEO raised the limit. */
  public static final String EXCEEDED_AT_VARIABLE = "agentBudgetExceededAt";
  /** What the pipeline had spent, and how many calls it had made, when a call was refused. */
  public static final String SPEND_VARIABLE = "agentSpend";
  public static final String CALLS_VARIABLE = "agentCalls";

  private final AgentCallLog calls;
  private final AgentProperties properties;

  PipelineBudget(AgentCallLog calls, AgentProperties properties) {
    this.calls = calls;
    this.properties = properties;
  }

  /** Refuses the next call when the pipeline has used up its budget or its calls. */
  void checkBeforeCall(WorkItem work) {
    if (work.businessKey() == null) {
      return;
    }
    AgentCallLog.Spend spend = calls.spendOf(work.businessKey());
    String problem = problem(work.businessKey(), spend, work.variables());
    if (problem != null) {
      throw new BusinessOutcome(EXCEEDED, problem, Map.of(PROBLEM_VARIABLE, problem,
          EXCEEDED_AT_VARIABLE, String.valueOf(work.activityId()),
          SPEND_VARIABLE, spend.cost().doubleValue(), CALLS_VARIABLE, spend.calls()));
    }
  }

  /** Why the pipeline's next agent call would be refused under the limits in these variables, if it would be. */
  public Optional<String> refusal(String pipelineKey, Map<String, Object> variables) {
    return Optional.ofNullable(problem(pipelineKey, calls.spendOf(pipelineKey), variables));
  }

  /** The money budget that applies: the pipeline's own, or the configured one. */
  public BigDecimal budgetOf(Map<String, Object> variables) {
    Object own = variables.get(BUDGET_VARIABLE);
    return own instanceof Number number ? new BigDecimal(number.toString()) : properties.budgetPerPipeline();
  }

  /** The number of calls that applies: the pipeline's own, or the configured one. */
  public long maxCallsOf(Map<String, Object> variables) {
    Object own = variables.get(MAX_CALLS_VARIABLE);
    return own instanceof Number number ? number.longValue() : properties.maxCallsPerPipeline();
  }

  public String currency() {
    return properties.currency();
  }

  private String problem(String pipelineKey, AgentCallLog.Spend spend, Map<String, Object> variables) {
    BigDecimal budget = budgetOf(variables);
    long maxCalls = maxCallsOf(variables);
    if (spend.calls() >= maxCalls) {
      return "Pipeline " + pipelineKey + " has made " + spend.calls() + " of its " + maxCalls + " agent calls";
    }
    if (spend.cost().compareTo(budget) >= 0) {
      return "Pipeline " + pipelineKey + " has spent " + spend.cost().stripTrailingZeros().toPlainString()
          + " " + properties.currency() + " of its budget of " + budget.toPlainString() + " " + properties.currency();
    }
    return null;
  }
}
