package com.businessbuilder.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.mail.Mailer;
import com.businessbuilder.mail.SentMail;
import com.businessbuilder.system.security.People;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

/**
 * Slack's incoming webhook, against a local fake that answers as Slack does: a JSON {@code {"text"}} POST, 200
 * {@code ok}; an error status, a dropped connection or a slow answer is a failure that names no URL (the URL is the
 * secret), and a notification whose Slack post failed is tried again without mailing twice.
 */
class SlackWebhookContractTest {

  static final String HOOK = "/services/T000/B000/secret-part";

  @RegisterExtension
  static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void postsTheTextAsJson() {
    slack.stubFor(post(HOOK).willReturn(aResponse().withStatus(200).withBody("ok")));

    webhook(Duration.ofSeconds(2)).post("Waiting for your decision: <http://bb/x|Approve proposal: Acme>");

    slack.verify(postRequestedFor(urlEqualTo(HOOK)).withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"text\": \"Waiting for your decision: <http://bb/x|Approve proposal: Acme>\"}")));
  }

  @Test
  void anErrorStatusIsAFailureThatNamesTheStatusNotTheUrl() {
    slack.stubFor(post(HOOK).willReturn(aResponse().withStatus(500).withBody("internal_error")));

    assertThatThrownBy(() -> webhook(Duration.ofSeconds(2)).post("text"))
        .isInstanceOf(SlackWebhook.SlackFailed.class).hasMessageContaining("500")
        .hasMessageNotContaining("secret-part");
  }

  @Test
  void aDroppedConnectionOrASlowAnswerIsAFailure() {
    slack.stubFor(post(HOOK).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> webhook(Duration.ofSeconds(2)).post("text"))
        .isInstanceOf(SlackWebhook.SlackFailed.class).hasMessageNotContaining("secret-part");

    slack.stubFor(post(HOOK).willReturn(aResponse().withStatus(200).withFixedDelay(1500)));
    assertThatThrownBy(() -> webhook(Duration.ofMillis(300)).post("text")).isInstanceOf(SlackWebhook.SlackFailed.class);
  }

  @Test
  void aNotificationWhoseSlackPostFailedIsTriedAgainWithoutMailingTwice() {
    slack.stubFor(post(HOOK).willReturn(aResponse().withStatus(503)));
    NotificationLog log = Mockito.mock(NotificationLog.class);
    Mockito.when(log.claim(Mockito.anyString(), Mockito.anyString(), Mockito.any())).thenReturn(true);
    People people = group -> List.of(new People.Person("ceo", "The CEO", "ceo@example.com"));
    AtomicInteger mails = new AtomicInteger();
    java.util.Set<String> keys = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Mailer idempotent = mail -> {
      if (keys.add(mail.idempotencyKey())) {
        mails.incrementAndGet();
      }
      return new SentMail("m", mail.idempotencyKey(), "test", Instant.now());
    };
    Notifier notifier = new Notifier(idempotent, people, Optional.of(webhook(Duration.ofSeconds(2))), log,
        Clock.systemUTC());
    Notifier.Notification notification = new Notifier.Notification("gate-opened:1", "gate-opened", "S", "B", "T");

    assertThatThrownBy(() -> notifier.send(notification)).isInstanceOf(Notifier.NotificationFailed.class)
        .hasMessageContaining("503");
    Mockito.verify(log).failed(Mockito.eq("gate-opened:1"), Mockito.contains("503"));

    slack.stubFor(post(HOOK).willReturn(aResponse().withStatus(200).withBody("ok")));
    assertThat(notifier.send(notification)).isTrue();
    Mockito.verify(log).sent(Mockito.eq("gate-opened:1"), Mockito.any());
    assertThat(mails.get()).as("the mail went out once").isEqualTo(1);
    slack.verify(2, postRequestedFor(urlEqualTo(HOOK)));
  }

  private static SlackWebhook webhook(Duration timeout) {
    return new SlackWebhook(new NotificationProperties.Slack(slack.baseUrl() + HOOK, timeout));
  }
}
