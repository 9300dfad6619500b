package com.businessbuilder.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.approval.GateOpened;
import com.businessbuilder.mail.Mailer;
import com.businessbuilder.mail.SentMail;
import com.businessbuilder.system.security.People;
import com.businessbuilder.testing.ProcessDriver;
import com.businessbuilder.testing.SampleCompany;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CEO hears of every gate once: a mail per member of the group ceo when it opens, with a link into the task,
 * sent after the engine committed; a reminder once it waited too long; a digest a day. Delivered again, nothing is
 * sent twice; a failing channel is tried again and never fails a process.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotificationsTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired GateNotifications gates;
  @Autowired DailyDigest digest;
  @Autowired Notifier notifier;
  @Autowired NotificationLog log;
  @Autowired People people;

  @Test
  void anOpenedGateMailsTheCeoOnceWithALinkStraightIntoTheTask() throws Exception {
    String company = "Notified " + UUID.randomUUID().toString().substring(0, 8);
    SampleCompany.Started lead = new SampleCompany(port, json, driver).lead(company, true);
    Task gate = tasks.createTaskQuery().processInstanceBusinessKey(lead.id()).singleResult();

    Map<String, Object> mail = jdbc.sql("select recipient, subject, body, channel from bb_mail where idempotency_key = ?")
        .param("gate-opened:" + gate.getId() + ":ceo").query().singleRow();
    assertThat(mail.get("recipient")).isEqualTo("ceo@business-builder.example");
    assertThat(mail.get("subject")).isEqualTo("Waiting for your decision: Approve pursuing lead: " + company
        + " (HOT, 140)");
    assertThat((String) mail.get("body"))
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + gate.getId());
    assertThat(log.status("gate-opened:" + gate.getId())).isEqualTo(NotificationLog.SENT);

    transaction.executeWithoutResult(status -> events.publishEvent(new GateOpened(gate.getId(), gate.getName(), null,
        "client-discovery", lead.id(), Instant.now())));
    driver.awaitEventDelivery();

    assertThat(mails("gate-opened:" + gate.getId() + ":%")).as("delivered again, sent once").isEqualTo(1);
  }

  @Test
  void aGateThatWaitedTooLongIsRemindedOfOnce() throws Exception {
    SampleCompany.Started lead = new SampleCompany(port, json, driver).lead("Reminded " + UUID.randomUUID(), true);
    Task gate = tasks.createTaskQuery().processInstanceBusinessKey(lead.id()).singleResult();
    Instant tomorrow = Instant.now().plus(Duration.ofHours(25));

    assertThat(gates.remind(Instant.now())).as("not yet").isGreaterThanOrEqualTo(0);
    assertThat(mails("gate-reminder:" + gate.getId() + ":%")).isZero();
    gates.remind(tomorrow);
    gates.remind(tomorrow);

    assertThat(mails("gate-reminder:" + gate.getId() + ":%")).isEqualTo(1);
    assertThat(jdbc.sql("select subject from bb_mail where idempotency_key = ?")
        .param("gate-reminder:" + gate.getId() + ":ceo").query(String.class).single())
        .startsWith("Still waiting for your decision (25 hours): Approve pursuing lead: Reminded");
  }

  @Test
  void theDigestGoesOutOnceADayFromItsHourOn() {
    Instant early = LocalDate.of(2031, 5, 4).atTime(6, 30).toInstant(java.time.ZoneOffset.UTC);
    Instant later = early.plus(Duration.ofHours(2));

    assertThat(digest.due(early)).as("before 07:00").isEmpty();
    Notifier.Notification due = digest.due(later).orElseThrow();
    assertThat(due.id()).isEqualTo("digest:2031-05-04");
    assertThat(due.body()).contains("gates wait for your decision", "agent spend", "http://localhost:8080/");

    assertThat(notifier.send(due)).isTrue();
    assertThat(notifier.send(digest.due(later.plus(Duration.ofHours(3))).orElseThrow())).as("the same day")
        .isFalse();
    assertThat(mails("digest:2031-05-04:%")).isEqualTo(1);
  }

  @Test
  void aFailingMailIsTriedAgainAndSentOnce() {
    String id = "test-failure:" + UUID.randomUUID();
    Mailer broken = mail -> {
      throw new IllegalStateException("SMTP server not reachable");
    };
    Notifier.Notification notification = new Notifier.Notification(id, "test", "Subject", "Body", "Slack");
    Notifier failing = new Notifier(broken, people, Optional.empty(), log, Clock.systemUTC());

    assertThatThrownBy(() -> failing.send(notification)).isInstanceOf(Notifier.NotificationFailed.class)
        .hasMessageContaining("SMTP server not reachable");
    assertThat(log.status(id)).isEqualTo(NotificationLog.FAILED);

    int[] sent = {0};
    Mailer working = mail -> {
      sent[0]++;
      return new SentMail("m", mail.idempotencyKey(), "test", Instant.now());
    };
    Notifier healed = new Notifier(working, people, Optional.empty(), log, Clock.systemUTC());
    assertThat(healed.send(notification)).isTrue();
    assertThat(healed.send(notification)).isFalse();
    assertThat(sent[0]).as("one mail per member of ceo").isEqualTo(people.reachableMembers("ceo").size());
    assertThat(log.status(id)).isEqualTo(NotificationLog.SENT);
  }

  @Test
  void aFailingNotificationLeavesItsEventToBeDeliveredAgain() {
    Mailer broken = mail -> {
      throw new IllegalStateException("SMTP server not reachable");
    };
    GateNotifications failing = new GateNotifications(new Notifier(broken, people, Optional.empty(), log,
        Clock.systemUTC()), jdbc, new NotificationProperties(true, java.net.URI.create("https://bb.example"),
        Duration.ofHours(24), Duration.ofMinutes(5), java.time.LocalTime.of(7, 0), java.time.ZoneOffset.UTC,
        new NotificationProperties.Slack(null, Duration.ofSeconds(1))), Clock.systemUTC());
    GateOpened gate = new GateOpened(UUID.randomUUID().toString(), "Approve proposal: Test", null, "deal-proposal",
        "key", Instant.now());

    assertThatThrownBy(() -> failing.on(gate)).as("the publication stays incomplete and is delivered again")
        .isInstanceOf(Notifier.NotificationFailed.class);
  }

  private long mails(String keyPattern) {
    return jdbc.sql("select count(*) from bb_mail where idempotency_key like ?").param(keyPattern)
        .query(Long.class).single();
  }

}
