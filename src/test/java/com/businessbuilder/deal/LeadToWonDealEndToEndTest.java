package com.businessbuilder.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.signing.ESignature;
import com.businessbuilder.signing.OfflineSignature;
import com.businessbuilder.worker.ExternalTaskWorker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
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

/**
 * The whole company on a real PostgreSQL with the offline providers (agents, mail, e-signature, accounting): a lead
 * comes in over the API, discovery scores it HOT, the CEO approves it, the deal it opens is won, and the invoice is
 * in the ledger. Every CEO gate is completed over the engine's REST API as user {@code ceo}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "embedded-postgres"})
class LeadToWonDealEndToEndTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired ExternalTaskWorker worker;
  @Autowired ManagementService management;
  @Autowired DealRepository deals;
  @Autowired ESignature signature;
  @Autowired HistoryService history;

  @Test
  void leadBecomesAWonDealWithItsInvoiceRecorded() throws Exception {
    JsonNode lead = json.readTree(call(HttpMethod.POST, "/api/leads", """
        {"company": "Acme Software GmbH", "contactEmail": "cto@acme-software.example", "industry": "software",
         "employees": 450, "annualBudget": 120000, "website": "https://acme-software.example",
         "notes": "Budget approved, we need a partner this quarter", "source": "referral"}""", "api").getBody());
    String leadId = lead.get("id").asText();
    settle();

    completeCeoGates(leadId);
    assertThat(json.readTree(call(HttpMethod.GET, "/api/leads/" + leadId, null, "api").getBody())
        .get("status").asText()).isEqualTo("HANDED_TO_SALES");

    String dealId = deals.findByLead(leadId).orElseThrow().id();
    settle();
    completeCeoGates(dealId);
    assertThat(deal(dealId).get("stage").asText()).isEqualTo("AWAITING_REPLY");
    assertThat(call(HttpMethod.GET, "/api/outbox?dealId=" + dealId, null, "api").getBody())
        .contains("cto@acme-software.example");

    message(dealId, """
        {"type": "reply", "text": "Thanks! We need a customer portal tied to our ERP, live within three months."}""");
    settle();
    completeCeoGates(dealId);
    assertThat(deal(dealId).get("stage").asText()).isEqualTo("AWAITING_ANSWER");

    message(dealId, """
        {"type": "answer", "answer": "accept", "text": "We accept the proposal."}""");
    settle();
    completeCeoGates(dealId); // offline signing: the CEO records the countersigned contract
    settle();

    JsonNode won = deal(dealId);
    assertThat(won.get("status").asText()).isEqualTo("WON");
    assertThat(won.get("stage").asText()).isEqualTo("WON");
    String invoiceNumber = won.get("invoiceNumber").asText();
    assertThat(invoiceNumber).isNotBlank();
    JsonNode invoices = json.readTree(call(HttpMethod.GET, "/api/ledger/invoices", null, "api").getBody());
    assertThat(invoices.findValuesAsText("number")).containsOnlyOnce(invoiceNumber);
    assertThat(call(HttpMethod.GET, "/api/documents?dealId=" + dealId, null, "api").getBody())
        .contains("PROPOSAL").contains("CONTRACT").contains("COUNTERSIGNED").contains("signed.pdf");
    Deal deal = deals.require(dealId);
    assertThat(((OfflineSignature) signature).countersignedContract(deal.envelopeId()))
        .as("the offline adapter keeps the uploaded PDF").hasValue(SIGNED_PDF);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(deal.processInstanceId())
        .variableName("countersignedContract").list())
        .as("the PDF is no process data").allSatisfy(variable -> assertThat(variable.getState()).isEqualTo("DELETED"));
  }

  /** A small valid PDF, as the CEO scans the contract signed by both sides. */
  private static final byte[] SIGNED_PDF = signedPdf();

  private static byte[] signedPdf() {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Completes every CEO gate open for the business key, approving, as the CEO does in Tasklist. */
  private void completeCeoGates(String businessKey) throws Exception {
    for (int round = 0; round < 10; round++) {
      JsonNode tasks = json.readTree(call(HttpMethod.GET,
          "/engine-rest/task?candidateGroup=ceo&processInstanceBusinessKey=" + businessKey, null, "ceo").getBody());
      if (tasks.isEmpty()) {
        return;
      }
      for (JsonNode task : tasks) {
        String countersigned = !"UserTask_RecordCountersignedContract".equals(task.get("taskDefinitionKey").asText())
            ? "" : """
            , "countersignedContract": {"type": "File", "value": "%s",
               "valueInfo": {"filename": "signed.pdf", "mimetype": "application/pdf"}}"""
            .formatted(Base64.getEncoder().encodeToString(SIGNED_PDF));
        ResponseEntity<String> done = call(HttpMethod.POST, "/engine-rest/task/" + task.get("id").asText()
            + "/complete", """
            {"variables": {"decision": {"value": "approve"}, "comment": {"value": "Go ahead"}%s}}"""
            .formatted(countersigned), "ceo");
        assertThat(done.getStatusCode()).as(task.get("name").asText()).isEqualTo(HttpStatus.NO_CONTENT);
      }
      settle();
    }
  }

  /** Works external tasks and async continuations of every run until nothing moves. */
  private void settle() {
    boolean progressed = true;
    while (progressed) {
      progressed = worker.workUntilIdle() > 0;
      for (Job job : management.createJobQuery().messages().executable().list()) {
        management.executeJob(job.getId());
        progressed = true;
      }
    }
  }

  private JsonNode deal(String dealId) throws Exception {
    return json.readTree(call(HttpMethod.GET, "/api/deals/" + dealId, null, "api").getBody());
  }

  private void message(String dealId, String body) {
    assertThat(call(HttpMethod.POST, "/api/deals/" + dealId + "/messages", body, "api").getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
  }

  private ResponseEntity<String> call(HttpMethod method, String path, String body, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
