package com.businessbuilder.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.signing.ESignature;
import com.businessbuilder.testing.CeoGateAnswers;
import com.businessbuilder.signing.OfflineSignature;
import com.businessbuilder.worker.WorkItem;
import com.businessbuilder.worker.camunda7.ExternalTaskWorker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * comes in over the API, discovery scores it HOT, the CEO approves it, the deal it opens is won with its deposit
 * invoiced, the project the won deal opens is planned, carried out, checked and reported, the client accepts each
 * milestone (each invoiced once, deposit and milestones adding up to the price) and rates the work. Every CEO gate
 * is completed over the engine's REST API as user {@code ceo}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "embedded-postgres"})
class LeadToDeliveredProjectEndToEndTest {

  static final String WAITING_FOR_FEEDBACK = "Wait for the client's feedback";

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
  void leadBecomesAWonDealAndADeliveredProjectWithEveryInvoiceRecorded() throws Exception {
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

    String projectId = projectOf(dealId);
    JsonNode project = company.read(HttpMethod.GET, "/api/projects/" + projectId, null, "api");
    assertThat(project.get("company").asText()).isEqualTo("Acme Software GmbH");
    BigDecimal price = project.get("price").decimalValue();
    assertThat(price).isEqualByComparingTo(BigDecimal.valueOf(deal.price()));
    for (int round = 0; round < 20 && !WAITING_FOR_FEEDBACK.equals(project.path("currentStep").asText())
        && !"STOPPED".equals(project.get("stage").asText()); round++) {
      company.settle();
      company.approveCeoGates(projectId);
      project = company.read(HttpMethod.GET, "/api/projects/" + projectId, null, "api");
    }
    assertThat(project.get("currentStep").asText()).as(project.toString()).isEqualTo(WAITING_FOR_FEEDBACK);
    assertThat(project.get("tasks")).isNotEmpty()
        .allSatisfy(task -> assertThat(task.get("status").asText()).isEqualTo("DONE"));
    assertThat(company.call(HttpMethod.GET, "/api/documents?dealId=" + projectId, null, "api").getBody())
        .contains("DELIVERABLE");
    assertThat(outbox(projectId)).extracting(mail -> mail.get("subject").asText())
        .contains("Your project is complete");

    assertThat(company.call(HttpMethod.POST, "/api/projects/" + projectId + "/messages",
        "{\"type\": \"milestone-accepted\", \"milestone\": 9}", "api").getBody())
        .contains("milestone", "must be one of the project's milestones (1 to 3)");
    company.projectMessage(projectId, """
        {"type": "feedback", "rating": 5, "text": "The portal works, our dealers order every day."}""");
    for (JsonNode milestone : project.get("milestones")) {
      String accepted = """
          {"type": "milestone-accepted", "milestone": %d}""".formatted(milestone.get("seq").asInt());
      company.projectMessage(projectId, accepted);
      company.projectMessage(projectId, accepted); // a retried request invoices nothing twice
      company.settle();
    }

    JsonNode delivered = company.read(HttpMethod.GET, "/api/projects/" + projectId, null, "api");
    assertThat(delivered.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(delivered.get("rating").asInt()).isEqualTo(5);
    assertThat(delivered.get("caseStudy").asText()).contains("Acme Software GmbH");
    assertThat(delivered.get("milestones")).hasSize(project.get("milestones").size())
        .allSatisfy(milestone -> assertThat(milestone.get("status").asText()).isEqualTo("INVOICED"));
    List<String> numbers = new ArrayList<>(List.of(invoiceNumber));
    delivered.get("milestones").forEach(milestone -> numbers.add(milestone.get("invoiceNumber").asText()));
    List<JsonNode> projectInvoices = new ArrayList<>();
    json.readTree(company.call(HttpMethod.GET, "/api/ledger/invoices", null, "api").getBody())
        .forEach(invoice -> {
          if (numbers.contains(invoice.get("number").asText())) {
            projectInvoices.add(invoice);
          }
        });
    assertThat(projectInvoices).as("the deposit and one invoice per milestone").hasSize(numbers.size())
        .extracting(invoice -> invoice.get("number").asText()).doesNotHaveDuplicates();
    assertThat(projectInvoices.stream().map(invoice -> invoice.get("total").decimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add)).as("deposit and milestones add up to the price")
        .isEqualByComparingTo(price);
    JsonNode calls = company.read(HttpMethod.GET, "/api/agent-calls?projectId=" + projectId, null, "ceo");
    assertThat(calls.findValuesAsText("task")).as("the project's agent calls, its tasks' quality gates included")
        .contains("project-plan", "project-final-review", "project-case-study")
        .filteredOn("deliverable-draft"::equals).hasSize(delivered.get("tasks").size());
  }

  /** The won deal opens its project after its transaction, on another thread. */
  private String projectOf(String dealId) throws Exception {
    for (int attempt = 0; attempt < 100; attempt++) {
      JsonNode listed = company.read(HttpMethod.GET, "/api/projects?dealId=" + dealId, null, "api");
      if (!listed.get("items").isEmpty()) {
        return listed.get("items").get(0).get("id").asText();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the won deal " + dealId + " opened no project");
  }

  private List<JsonNode> outbox(String dealId) throws java.io.IOException {
    List<JsonNode> mails = new java.util.ArrayList<>();
    company.read(HttpMethod.GET, "/api/outbox?dealId=" + dealId, null, "api").forEach(mails::add);
    return mails;
  }
}
