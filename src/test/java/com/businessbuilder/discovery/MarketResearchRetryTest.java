package com.businessbuilder.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The research task of a lead handled again after its findings were stored (the worker died before it completed the
 * task): it asks the question of its first attempt, so the recorded answer is used and nothing is paid twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MarketResearchRetryTest {

  @Autowired LeadSubmission submission;
  @Autowired MarketResearch research;
  @Autowired LeadRepository leads;
  @Autowired JdbcClient jdbc;

  @Test
  void aRetriedResearchUsesItsRecordedAnswer() {
    Lead lead = submission.submit(SampleLeads.hot(), "api", UUID.randomUUID().toString()).lead();
    WorkItem task = new WorkItem("research-" + lead.id(), ClientDiscoveryProcess.Topics.MARKET_RESEARCH, lead.id(),
        lead.runId(), "ServiceTask_ResearchMarket", Map.of(ClientDiscoveryProcess.Variables.LEAD_ID, lead.id()));

    research.handle(task);
    String segment = leads.require(lead.id()).marketSegment();
    research.handle(task);

    assertThat(segment).isNotBlank();
    assertThat(leads.require(lead.id()).marketSegment()).isEqualTo(segment);
    assertThat(jdbc.sql("select count(*) from bb_agent_call where work_item_id = ?").param(task.id())
        .query(Long.class).single()).as("one paid call").isOne();
    assertThat(jdbc.sql("select reuses from bb_agent_call where work_item_id = ?").param(task.id())
        .query(Integer.class).single()).as("its answer used again").isOne();
  }
}
