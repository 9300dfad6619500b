package com.businessbuilder.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SmtpMailerTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
  }

  @Autowired Mailer mailer;
  @Autowired MailRepository mails;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void emptyMailbox() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
  }

  @Test
  void smtpIsChosenWhenAHostIsConfigured() {
    assertThat(mailer).isInstanceOf(SmtpMailer.class);
  }

  @Test
  void aRetryWithTheSameKeySendsNothingASecondTime() throws Exception {
    OutgoingMail proposal = mail("proposal-" + UUID.randomUUID(), List.of());

    SentMail first = mailer.send(proposal);
    SentMail retry = mailer.send(proposal);

    assertThat(retry).isEqualTo(first);
    assertThat(first.channel()).isEqualTo("smtp");
    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    Thread.sleep(300); // a second message would arrive by now
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Your proposal");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("jane@initech.example");
    assertThat(received[0].getMessageID())
        .isEqualTo(MessageIds.forKey(proposal.idempotencyKey(), "businessbuilder.local"));
    assertThat(mails.findByIdempotencyKey(proposal.idempotencyKey()).orElseThrow().status())
        .isEqualTo(MailStatus.SENT);
  }

  @Test
  void theAttachmentArrives() throws Exception {
    byte[] pdf = "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII);
    OutgoingMail proposal = mail("proposal-" + UUID.randomUUID(),
        List.of(new OutgoingMail.Attachment("proposal-D-42.pdf", "application/pdf", pdf)));

    mailer.send(proposal);

    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMultipart parts = (MimeMultipart) smtp.getReceivedMessages()[0].getContent();
    assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).contains("Please find our proposal attached.");
    BodyPart attachment = parts.getBodyPart(1);
    assertThat(attachment.getFileName()).isEqualTo("proposal-D-42.pdf");
    assertThat(attachment.getContentType()).startsWith("application/pdf");
    assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
    assertThat(mails.findByIdempotencyKey(proposal.idempotencyKey()).orElseThrow().attachmentNames())
        .containsExactly("proposal-D-42.pdf");
  }

  @Test
  void aMailLeftSendingByACrashIsNotSentAgain() throws Exception {
    OutgoingMail contract = mail("contract-" + UUID.randomUUID(), List.of());
    mails.insert(record(contract, MailStatus.SENDING), List.of());

    assertThatThrownBy(() -> mailer.send(contract))
        .isInstanceOf(MailDeliveryUncertain.class)
        .hasMessageContaining(contract.idempotencyKey())
        .hasMessageContaining(MessageIds.forKey(contract.idempotencyKey(), "businessbuilder.local"));
    Thread.sleep(300);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aMailTheServerRefusedIsSentByTheRetry() {
    OutgoingMail contract = mail("contract-" + UUID.randomUUID(), List.of());
    mails.insert(record(contract, MailStatus.FAILED), List.of());

    SentMail sent = mailer.send(contract);

    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(mails.findByIdempotencyKey(contract.idempotencyKey()).orElseThrow())
        .satisfies(mail -> assertThat(mail.status()).isEqualTo(MailStatus.SENT))
        .satisfies(mail -> assertThat(mail.id()).isEqualTo(sent.id()));
  }

  @Test
  void anOperatorWhoFindsNoTraceLetsTheNextRetrySendIt() throws Exception {
    OutgoingMail contract = mail("contract-" + UUID.randomUUID(), List.of());
    MailRecord inDoubt = record(contract, MailStatus.SENDING);
    mails.insert(inDoubt, List.of());

    assertThat(resolve(inDoubt.id(), "FAILED").getStatusCode()).isEqualTo(HttpStatus.OK);
    mailer.send(contract);

    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(resolve(inDoubt.id(), "FAILED").getStatusCode()).as("no longer in doubt")
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anOperatorWhoFindsItDeliveredEndsTheRetries() throws Exception {
    OutgoingMail contract = mail("contract-" + UUID.randomUUID(), List.of());
    MailRecord inDoubt = record(contract, MailStatus.SENDING);
    mails.insert(inDoubt, List.of());

    ResponseEntity<String> resolved = resolve(inDoubt.id(), "SENT");
    SentMail retry = mailer.send(contract);

    assertThat(resolved.getBody()).contains("\"status\":\"SENT\"");
    assertThat(retry.id()).isEqualTo(inDoubt.id());
    Thread.sleep(300);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private ResponseEntity<String> resolve(String id, String outcome) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("operator", "operator");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange("/api/outbox/" + id + "/resolution", HttpMethod.POST,
        new HttpEntity<>("{\"outcome\":\"" + outcome + "\"}", headers), String.class);
  }

  private static OutgoingMail mail(String key, List<OutgoingMail.Attachment> attachments) {
    return new OutgoingMail(key, "D-42", "jane@initech.example", "Your proposal",
        "Dear Jane,\n\nPlease find our proposal attached.\n", attachments);
  }

  private static MailRecord record(OutgoingMail mail, MailStatus status) {
    return new MailRecord(UUID.randomUUID().toString(), mail.idempotencyKey(), mail.dealId(), mail.to(),
        mail.subject(), mail.body(), List.of(), MessageIds.forKey(mail.idempotencyKey(), "businessbuilder.local"),
        MailRecord.SMTP, status, Instant.now().minusSeconds(600), null);
  }
}
