package com.businessbuilder.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.signing.ESignature;
import com.businessbuilder.testing.CeoGateAnswers;
import com.businessbuilder.signing.OfflineSignature;
import com.businessbuilder.worker.WorkItem;
import com.businessbuilder.worker.camunda7.ExternalTaskWorker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
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
  CompanyAtWork company;

  @BeforeEach
  void companyAtWork() {
    company = new CompanyAtWork(http, json, worker, management);
  }
  @Autowired ESignature signature;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;
  @Autowired ContractSending contractSending;

  @Test
  void leadBecomesAWonDealWithItsInvoiceRecorded() throws Exception {
    JsonNode lead = json.readTree(company.call(HttpMethod.POST, "/api/leads", """
        {"company": "Acme Software GmbH", "contactEmail": "cto@acme-software.example", "industry": "software",
         "employees": 450, "annualBudget": 120000, "website": "https://acme-software.example",
         "notes": "Budget approved, we need a partner this quarter", "source": "referral"}""", "api").getBody());
    String leadId = lead.get("id").asText();
    company.settle();

    company.approveCeoGates(leadId);
    assertThat(json.readTree(company.call(HttpMethod.GET, "/api/leads/" + leadId, null, "api").getBody())
        .get("status").asText()).isEqualTo("HANDED_TO_SALES");

    String dealId = deals.findByLead(leadId).orElseThrow().id();
    company.settle();
    company.approveCeoGates(dealId);
    assertThat(company.deal(dealId).get("stage").asText()).isEqualTo("AWAITING_REPLY");
    JsonNode outreach = outbox(dealId).get(0);
    assertThat(outreach.get("recipient").asText()).isEqualTo("cto@acme-software.example");
    assertThat(outreach.get("body").asText()).as("the lead's notes are ours, not the client's to read")
        .doesNotContainIgnoringCase("budget approved").doesNotContainIgnoringCase("partner this quarter");

    company.message(dealId, """
        {"type": "reply", "text": "Thanks! We need a customer portal tied to our ERP, live within three months."}""");
    company.settle();
    company.approveCeoGates(dealId);
    assertThat(company.deal(dealId).get("stage").asText()).isEqualTo("AWAITING_ANSWER");

    company.message(dealId, """
        {"type": "answer", "answer": "accept", "text": "We accept the proposal."}""");
    company.settle();
    assertThat(outbox(dealId)).as("offline signing: the contract goes to the client by e-mail")
        .filteredOn(mail -> mail.get("idempotencyKey").asText().equals("contract-" + dealId)).singleElement()
        .satisfies(mail -> assertThat(mail.get("attachmentNames").toString()).contains("Contract Acme Software GmbH.pdf"));
    contractSending.handle(new WorkItem("send-contract-again", DealClosingProcess.Topics.SEND_CONTRACT, dealId,
        deals.require(dealId).runId(),
        "ServiceTask_SendContract", Map.of(DealClosingProcess.Variables.DEAL_ID, dealId)));
    assertThat(outbox(dealId)).as("a retried sending mails nothing twice")
        .filteredOn(mail -> mail.get("idempotencyKey").asText().startsWith("contract-")).hasSize(1);
    company.approveCeoGates(dealId); // offline signing: the CEO records the countersigned contract
    company.settle();

    JsonNode won = company.deal(dealId);
    assertThat(won.get("status").asText()).isEqualTo("WON");
    assertThat(won.get("stage").asText()).isEqualTo("WON");
    String invoiceNumber = won.get("invoiceNumber").asText();
    assertThat(invoiceNumber).isNotBlank();
    JsonNode invoices = json.readTree(company.call(HttpMethod.GET, "/api/ledger/invoices", null, "api").getBody());
    assertThat(invoices.findValuesAsText("number")).containsOnlyOnce(invoiceNumber);
    assertThat(company.call(HttpMethod.GET, "/api/documents?dealId=" + dealId, null, "api").getBody())
        .contains("PROPOSAL").contains("CONTRACT").contains("COUNTERSIGNED").contains("signed.pdf");
    Deal deal = deals.require(dealId);
    assertThat(((OfflineSignature) signature).countersignedContract(deal.envelopeId()))
        .as("the offline adapter keeps the uploaded PDF").hasValue(CeoGateAnswers.SIGNED_PDF);
    String contractStage = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dealId)
        .processDefinitionKey(DealClosingProcess.Stages.CONTRACT).singleResult().getId();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(contractStage)
        .variableName("countersignedContract").count()).as("lean history keeps no variables").isZero();
    assertThat(jdbc.sql("select count(*) from ACT_GE_BYTEARRAY where NAME_ = 'countersignedContract'")
        .query(Long.class).single()).as("the PDF is no process data, in no history either").isZero();
  }

  private List<JsonNode> outbox(String dealId) throws java.io.IOException {
    List<JsonNode> mails = new java.util.ArrayList<>();
    company.read(HttpMethod.GET, "/api/outbox?dealId=" + dealId, null, "api").forEach(mails::add);
    return mails;
  }
}
