package com.businessbuilder.discovery;

import com.businessbuilder.agent.llm.LlmQuestion;
import com.businessbuilder.agent.llm.OfflineComposer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Qualification without a model: the company's hard rules have already been applied by {@link LeadQualification},
 * and without a model there is nothing more to judge, so the lead is qualified.
 */
@Component
class OfflineQualification implements OfflineComposer {

  private final ObjectMapper json;

  OfflineQualification(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public String task() {
    return ClientDiscoveryProcess.Topics.LEAD_QUALIFICATION;
  }

  @Override
  public String compose(LlmQuestion question) {
    return OfflineComposer.asJson(json, new QualificationVerdict(true, "Meets the qualification policy"));
  }
}
