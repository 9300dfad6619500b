package com.businessbuilder.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OutboxMailerTest {

  @Autowired Mailer mailer;
  @Autowired MailRepository mails;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  @Test
  void withoutAnSmtpHostMailsGoToTheOutbox() {
    assertThat(mailer).isInstanceOf(OutboxMailer.class);
  }

  @Test
  void aRetryWithTheSameKeyQueuesNothingASecondTime() {
    String dealId = "D-" + UUID.randomUUID();
    byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
    OutgoingMail mail = new OutgoingMail("proposal-" + dealId, dealId, "jane@initech.example", "Your proposal",
        "Dear Jane", List.of(new OutgoingMail.Attachment("proposal.pdf", "application/pdf", pdf)));

    SentMail first = mailer.send(mail);
    SentMail retry = mailer.send(mail);

    assertThat(retry).isEqualTo(first);
    assertThat(first.channel()).isEqualTo("outbox");
    assertThat(first.sentAt()).as("queued at").isNotNull();
    List<MailRecord> queued = mails.list(dealId);
    assertThat(queued).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(MailStatus.QUEUED);
      assertThat(m.attachmentNames()).containsExactly("proposal.pdf");
    });
    assertThat(mails.attachments(first.id())).singleElement()
        .satisfies(file -> assertThat(file.content()).isEqualTo(pdf));
  }

  @Test
  void theOutboxListsADealsMailsWithoutTheAttachmentBytes() throws Exception {
    String dealId = "D-" + UUID.randomUUID();
    mailer.send(new OutgoingMail("outreach-" + dealId, dealId, "jane@initech.example", "Hello", "First contact",
        List.of()));
    mailer.send(new OutgoingMail("proposal-" + dealId, dealId, "jane@initech.example", "Your proposal", "Attached",
        List.of(new OutgoingMail.Attachment("proposal.pdf", "application/pdf", new byte[] {1, 2, 3}))));
    mailer.send(new OutgoingMail("outreach-other-" + dealId, "other", "x@y.example", "Other", "Other", List.of()));

    ResponseEntity<String> response = get("/api/outbox?dealId=" + dealId, true);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode listed = json.readTree(response.getBody());
    assertThat(listed).hasSize(2);
    assertThat(listed.findValuesAsText("subject")).containsExactlyInAnyOrder("Hello", "Your proposal");
    JsonNode proposal = listed.get(0).get("subject").asText().equals("Your proposal") ? listed.get(0) : listed.get(1);
    assertThat(proposal.get("channel").asText()).isEqualTo("outbox");
    assertThat(proposal.get("status").asText()).isEqualTo("QUEUED");
    assertThat(proposal.get("recipient").asText()).isEqualTo("jane@initech.example");
    assertThat(proposal.get("attachmentNames").get(0).asText()).isEqualTo("proposal.pdf");
    assertThat(response.getBody()).doesNotContain("\"content\"");
  }

  @Test
  void theOutboxNeedsCredentials() {
    assertThat(get("/api/outbox", false).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<String> get(String path, boolean signedIn) {
    HttpHeaders headers = new HttpHeaders();
    if (signedIn) {
      headers.setBasicAuth("api", "api");
    }
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
