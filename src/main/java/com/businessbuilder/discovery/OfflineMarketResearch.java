package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.COMPANY;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.INDUSTRY;

import com.businessbuilder.agent.llm.LlmQuestion;
import com.businessbuilder.agent.llm.OfflineComposer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Market research without a model: the segment from a table of the industries the company knows. */
@Component
class OfflineMarketResearch implements OfflineComposer {

  private static final Map<String, String> SEGMENTS = Map.ofEntries(
      Map.entry("software", "B2B software and SaaS"),
      Map.entry("saas", "B2B software and SaaS"),
      Map.entry("fintech", "Financial technology"),
      Map.entry("e-commerce", "Online retail"),
      Map.entry("retail", "Retail"),
      Map.entry("healthcare", "Healthcare"),
      Map.entry("manufacturing", "Industrial manufacturing"),
      Map.entry("professional services", "Professional services"));

  private final ObjectMapper json;

  OfflineMarketResearch(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public String task() {
    return ClientDiscoveryProcess.Topics.MARKET_RESEARCH;
  }

  @Override
  public String compose(LlmQuestion question) {
    String industry = Leads.normalizeIndustry((String) question.inputs().get(INDUSTRY));
    String segment = SEGMENTS.getOrDefault(industry, "General market");
    String summary = question.inputs().get(COMPANY) + " belongs to the " + segment.toLowerCase()
        + " segment (industry: " + industry + "). Offline research: no model was asked, so there is no market "
        + "analysis beyond the segment.";
    return OfflineComposer.asJson(json, new MarketFindings(segment, summary));
  }
}
