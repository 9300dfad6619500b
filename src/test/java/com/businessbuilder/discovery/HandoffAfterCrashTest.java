package com.businessbuilder.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.BusinessBuilderApplication;
import com.businessbuilder.worker.WorkItem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The handoff from discovery to sales survives a crash between the commit that published it and its delivery: the
 * application is started on a real PostgreSQL, commits a lead's handoff and dies before the listener ran; started
 * again on the same database, it delivers the stored event, and the lead gets exactly one deal, also when the event
 * arrives once more.
 */
class HandoffAfterCrashTest {

  static EmbeddedPostgres postgres;

  @BeforeAll
  static void startDatabase() throws IOException {
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    postgres.close();
  }

  @Test
  void aHandoffStoredBeforeTheCrashIsDeliveredOnceAfterTheRestart() {
    String leadId;
    try (ConfigurableApplicationContext dying = start(DiesBeforeTheListenerRuns.class)) {
      leadId = dying.getBean(LeadSubmission.class).submit(SampleLeads.hot(), "test", null).lead().id();
      handOver(dying, leadId);

      JdbcClient jdbc = dying.getBean(JdbcClient.class);
      assertThat(incompletePublications(jdbc)).as("the handoff is stored with the lead").isOne();
      assertThat(dealsOf(jdbc, leadId)).as("its listener never ran").isZero();
      assertThat(jdbc.sql("select deal_id from bb_lead where id = ?").param(leadId).query(String.class).single())
          .isNotNull();
    }

    try (ConfigurableApplicationContext restarted = start()) {
      JdbcClient jdbc = restarted.getBean(JdbcClient.class);
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications(jdbc) == 0);
      String dealId = jdbc.sql("select deal_id from bb_lead where id = ?").param(leadId).query(String.class).single();
      assertThat(jdbc.sql("select id from bb_deal where lead_id = ?").param(leadId).query(String.class).list())
          .as("the lead's deal, under the id its handoff named").containsExactly(dealId);
      assertThat(jdbc.sql("select count(*) from bb_run where correlation_key = ? and process_id = 'deal-closing'")
          .param(dealId).query(Long.class).single()).isOne();

      handOver(restarted, leadId);
      restarted.getBean(TransactionTemplate.class).executeWithoutResult(status -> restarted.publishEvent(
          new LeadHandedToSales(leadId, dealId, "Acme Software GmbH", "cto@acme-software.example", "software", 450,
              120_000L, "Budget approved")));
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications(jdbc) == 0);
      assertThat(dealsOf(jdbc, leadId)).as("delivered once more, it opened nothing").isOne();
    }
  }

  /** What the worker does at "Hand lead to sales". */
  private static void handOver(ConfigurableApplicationContext application, String leadId) {
    application.getBean(LeadHandover.class).handle(new WorkItem("handover-of-" + leadId,
        ClientDiscoveryProcess.Topics.LEAD_HANDOVER, leadId, "run-of-" + leadId, ClientDiscoveryProcess.Elements.HAND_LEAD_TO_SALES,
        Map.of(ClientDiscoveryProcess.Variables.LEAD_ID, leadId)));
  }

  private static long incompletePublications(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
        .single();
  }

  private static long dealsOf(JdbcClient jdbc, String leadId) {
    return jdbc.sql("select count(*) from bb_deal where lead_id = ?").param(leadId).query(Long.class).single();
  }

  private static ConfigurableApplicationContext start(Class<?>... extra) {
    return new SpringApplicationBuilder(BusinessBuilderApplication.class)
        .sources(extra)
        .profiles("test")
        .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0");
  }

  /** The JVM dies right after the commit: the asynchronous delivery of the handoff never starts. */
  @TestConfiguration(proxyBeanMethods = false)
  static class DiesBeforeTheListenerRuns implements AsyncConfigurer {

    @Override
    public Executor getAsyncExecutor() {
      return work -> { };
    }
  }
}
