package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.INDUSTRY;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.MARKET_SEGMENT;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Places the lead in a market segment. Deterministic until the market-researcher agent takes over. */
@Component
class MarketResearch implements TaskHandler {

  private static final Map<String, String> SEGMENTS = Map.ofEntries(
      Map.entry("software", "B2B software and SaaS"),
      Map.entry("saas", "B2B software and SaaS"),
      Map.entry("fintech", "Financial technology"),
      Map.entry("e-commerce", "Online retail"),
      Map.entry("retail", "Retail"),
      Map.entry("healthcare", "Healthcare"),
      Map.entry("manufacturing", "Industrial manufacturing"),
      Map.entry("professional services", "Professional services"));

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.MARKET_RESEARCH;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    String industry = Leads.normalizeIndustry(item.string(INDUSTRY));
    return Map.of(MARKET_SEGMENT, SEGMENTS.getOrDefault(industry, "General market"));
  }
}
