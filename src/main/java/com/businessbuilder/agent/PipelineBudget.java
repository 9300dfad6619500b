package com.businessbuilder.agent;

import com.businessbuilder.worker.BusinessOutcome;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Keeps each pipeline (one correlation key: a lead, a deal) within its money budget and its number of agent calls. The limits come
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

  private final AgentCallLog calls;
  private final AgentProperties properties;

  PipelineBudget(AgentCallLog calls, AgentProperties properties) {
    this.calls = calls;
    this.properties = properties;
  }

  /** What a pipeline has spent on agent calls so far, in the agents' currency. */
  public record Spent(long calls, BigDecimal cost, String currency) {}

  public Spent spent(String pipelineKey) {
    AgentCallLog.Spend spend = calls.spendOf(pipelineKey);
    return new Spent(spend.calls(), spend.cost(), properties.currency());
  }

  /** Refuses the next call when the pipeline has used up its budget or its calls. */
  void checkBeforeCall(WorkItem work) {
    if (work.correlationKey() == null) {
      return;
    }
    AgentCallLog.Spend spend = calls.spendOf(work.correlationKey());
    BigDecimal budget = budgetOf(work);
    long maxCalls = maxCallsOf(work);
    String problem = null;
    if (spend.calls() >= maxCalls) {
      problem = "Pipeline " + work.correlationKey() + " has made " + spend.calls() + " of its " + maxCalls
          + " agent calls";
    } else if (spend.cost().compareTo(budget) >= 0) {
      problem = "Pipeline " + work.correlationKey() + " has spent " + spend.cost().stripTrailingZeros().toPlainString()
          + " " + properties.currency() + " of its budget of " + budget.toPlainString() + " " + properties.currency();
    }
    if (problem != null) {
      throw new BusinessOutcome(EXCEEDED, problem, Map.of(PROBLEM_VARIABLE, problem,
          EXCEEDED_AT_VARIABLE, String.valueOf(work.activityId()),
          "agentSpend", spend.cost().doubleValue(), "agentCalls", spend.calls()));
    }
  }

  private BigDecimal budgetOf(WorkItem work) {
    Object own = work.variables().get(BUDGET_VARIABLE);
    return own instanceof Number number ? new BigDecimal(number.toString()) : properties.budgetPerPipeline();
  }

  private long maxCallsOf(WorkItem work) {
    Object own = work.variables().get(MAX_CALLS_VARIABLE);
    return own instanceof Number number ? number.longValue() : properties.maxCallsPerPipeline();
  }
}
