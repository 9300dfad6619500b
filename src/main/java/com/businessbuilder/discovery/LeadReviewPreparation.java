package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.SCORE_FACTORS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the factors behind the score on the CEO's "Approve pursuing lead" form when the task is created. The task
 * starts after an async continuation, so the scoring decision's history is committed and can be read here.
 */
@Component("leadReviewPreparation")
class LeadReviewPreparation implements TaskListener {

  private final LeadScoreFactors factors;

  LeadReviewPreparation(LeadScoreFactors factors) {
    this.factors = factors;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(SCORE_FACTORS, LeadScoreFactors.asText(factors.of(task.getProcessInstanceId())));
  }
}
