package com.businessbuilder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.discovery.ClientDiscoveryProcess;
import com.businessbuilder.engine.ProcessRuns.Gate;
import com.businessbuilder.lifecycle.BusinessLifecycleProcess;
import com.businessbuilder.testing.ProcessDriver;
import com.businessbuilder.testing.QueryCounting;
import com.businessbuilder.testing.SampleCompany;
import com.businessbuilder.testing.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The home page and the record pages over real HTTP, per role: the CEO's command center counts what the engine
 * counts, operators see incidents and the worker, nobody sees another role's part, integration accounts get no
 * pages at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardPagesTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ExternalTaskService externalTasks;
  @Autowired JdbcClient jdbc;

  SampleCompany company;

  @BeforeEach
  void company() {
    company = new SampleCompany(port, json, driver);
  }

  @Test
  void theCeoSeesTheGatesWaitingOldestFirstAsTheEngineCountsThem() throws Exception {
    String name = "Gatewatch " + UUID.randomUUID().toString().substring(0, 8);
    SampleCompany.Started lead = company.lead(name, true);
    Task gate = tasks.createTaskQuery().processInstanceBusinessKey(lead.id()).singleResult();

    Document home = page(signedIn("ceo"), "/");

    assertThat(home.select("#gates h2 .count").text())
        .isEqualTo(String.valueOf(tasks.createTaskQuery().taskCandidateGroup("ceo").count()));
    List<String> listed = home.select("#gates tr.gate").eachAttr("data-gate");
    List<java.util.Date> oldestFirst = tasks.createTaskQuery().taskCandidateGroup("ceo").orderByTaskCreateTime().asc()
        .listPage(0, listed.size()).stream().map(Task::getCreateTime).toList();
    // the list is ordered by when the read model recorded each gate, a millisecond or two after the engine: gates
    // opened that close together may come in either order
    List<java.util.Date> shown = listed.stream()
        .map(id -> tasks.createTaskQuery().taskId(id).singleResult().getCreateTime()).toList();
    assertThat(shown).as("the oldest gates").containsExactlyInAnyOrderElementsOf(oldestFirst);
    for (int i = 1; i < shown.size(); i++) {
      assertThat(shown.get(i).getTime()).as("oldest first").isGreaterThanOrEqualTo(shown.get(i - 1).getTime() - 50);
    }
    Element row = home.selectFirst("#gates tr[data-gate=" + gate.getId() + "]");
    assertThat(row).as("the new gate is listed").isNotNull();
    assertThat(row.text()).contains("Approve pursuing lead: " + name + " (HOT, 140)", "Client discovery");
    assertThat(row.select("a.button").attr("href")).isEqualTo("/camunda/app/tasklist/default/#/?task=" + gate.getId());
    assertThat(row.select("a[href^=/pipelines/leads/]").attr("href")).isEqualTo("/pipelines/leads/" + lead.id());
  }

  @Test
  void theCeosFunnelAndMoneyAreTheEnginesCounts() throws Exception {
    company.lead("Funnel " + UUID.randomUUID(), true);
    company.deal("Funnel deal " + UUID.randomUUID());

    Document home = page(signedIn("ceo"), "/");

    assertThat(count(home, "leads-by-status:AWAITING_CEO_APPROVAL")).isEqualTo(runtime.createExecutionQuery()
        .processDefinitionKey(ClientDiscoveryProcess.PROCESS_ID)
        .activityId(ClientDiscoveryProcess.Elements.APPROVE_PURSUING_LEAD).count());
    assertThat(count(home, "deals-by-status:OPEN")).isEqualTo(runtime.createProcessInstanceQuery()
        .processDefinitionKey("deal-closing").count());
    assertThat(home.select("#money .tile").first().text()).contains("Open pipeline", "open deals");
    assertThat(home.select("#funnel .chart[data-chart]")).as("a chart per funnel section").hasSizeGreaterThan(3);
    assertThat(home.select("#spend .chart[data-chart]").attr("data-chart")).contains("\"type\":\"bar\"");
    assertThat(home.select("#quality").text()).contains("First-pass rate", "Escalations to you");
  }

  @Test
  void operatorsSeeIncidentsWithTheirErrorAndTheCeoReadsThemInWords() throws Exception {
    String name = "Broken " + UUID.randomUUID().toString().substring(0, 8);
    SampleCompany.Started lead = company.lead(name, false);
    String failed = incident(lead, "Provider answered 503: model overloaded");
    try {
      Document operations = page(signedIn("operator"), "/");

      Set<String> runsWithIncidents = new LinkedHashSet<>();
      for (Incident incident : runtime.createIncidentQuery().list()) {
        runsWithIncidents.add(runtime.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId())
            .singleResult().getRootProcessInstanceId());
      }
      assertThat(operations.select("#incidents h2 .count").text())
          .isEqualTo(String.valueOf(runsWithIncidents.size()));
      Element row = operations.selectFirst("#incidents tr[data-run=" + lead.runId() + "]");
      assertThat(row).isNotNull();
      assertThat(row.text()).contains("Client discovery: " + name, "Research market",
          "Provider answered 503: model overloaded");
      assertThat(row.select("a.button").attr("href"))
          .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + lead.runId() + "/runtime?tab=incidents-tab");
      assertThat(operations.select("#worker").text()).contains("Calls in flight", "Tasks waiting", "Out of retries");
      assertThat(operations.select("#stuck")).hasSize(1);

      Document ceo = page(signedIn("ceo"), "/");
      assertThat(ceo.select("#ceo-incidents").text()).contains("Client discovery of " + name
          + " is stopped at “Research market”: Provider answered 503: model overloaded");
    } finally {
      externalTasks.setRetries(failed, 1);
    }
  }

  @Test
  void everyoneSeesOnlyTheirPart() throws Exception {
    SampleCompany.Started lead = company.lead("Roles " + UUID.randomUUID(), false);
    String record = "/pipelines/leads/" + lead.id();

    WebClient ceo = signedIn("ceo");
    Document ceoHome = page(ceo, "/");
    assertThat(ceoHome.select("#gates, #funnel, #money, #spend, #quality, #ceo-incidents")).hasSize(6);
    assertThat(ceoHome.select("#incidents, #worker, #stuck, #links")).isEmpty();
    assertThat(ceo.get(record).statusCode()).isEqualTo(200);

    WebClient operator = signedIn("operator");
    Document operatorHome = page(operator, "/");
    assertThat(operatorHome.select("#incidents, #worker, #stuck")).hasSize(3);
    assertThat(operatorHome.select("#gates, #funnel, #money, #spend, #quality, #links")).isEmpty();
    assertThat(operator.get(record).statusCode()).isEqualTo(200);

    for (String user : List.of("owner", "admin")) {
      WebClient browser = signedIn(user);
      Document home = page(browser, "/");
      assertThat(home.select("#links")).as(user).hasSize(1);
      assertThat(home.select("#gates, #funnel, #money, #incidents, #worker")).as(user).isEmpty();
      HttpResponse<String> refused = browser.get(record, "Accept", "text/html");
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.body()).contains("You have no access to this page");
      assertThat(browser.get(record + "/diagram").statusCode()).as(user).isEqualTo(403);
    }
  }

  @Test
  void integrationAccountsGetNoPages() {
    WebClient browser = new WebClient(port);

    HttpResponse<String> refused = browser.postForm("/login",
        java.util.Map.of("username", "api", "password", "api", "_csrf", browser.csrfToken()));

    assertThat(WebClient.location(refused)).isEqualTo("/login?integration");
    assertThat(browser.get("/login?integration").body()).contains("This is an integration account");
    assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);
    assertThat(WebClient.as(port, "api", "api").get("/api/leads").statusCode()).as("the API still answers")
        .isEqualTo(200);
  }

  @Test
  void aLeadsPageShowsItsDataTimelineAndItsRunOnTheModel() throws Exception {
    String name = "Recordia " + UUID.randomUUID().toString().substring(0, 8);
    SampleCompany.Started lead = company.lead(name, true);
    WebClient ceo = signedIn("ceo");

    HttpResponse<String> response = ceo.get("/pipelines/leads/" + lead.id());
    Document page = Jsoup.parse(response.body());

    assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    assertThat(page.select("script").eachAttr("src")).as("no inline script").hasSize(page.select("script").size());
    assertThat(page.select("h1").text()).contains(name);
    assertThat(page.select("#facts").text()).contains("AWAITING_CEO_APPROVAL", "140 (HOT)");
    assertThat(page.select("#timeline").text()).contains("Gate opened: Approve pursuing lead: " + name,
        "Agent market-researcher", "tokens", "Research market", "Lead submitted");

    JsonNode diagram = json.readTree(ceo.get("/pipelines/leads/" + lead.id() + "/diagram").body());
    assertThat(diagram.get("processId").asText()).isEqualTo(ClientDiscoveryProcess.PROCESS_ID);
    assertThat(diagram.get("xml").asText()).contains("bpmn:definitions", ClientDiscoveryProcess.Elements.APPROVE_PURSUING_LEAD);
    assertThat(diagram.get("active").toString()).contains(ClientDiscoveryProcess.Elements.APPROVE_PURSUING_LEAD);
    assertThat(diagram.get("completed").toString()).contains(ClientDiscoveryProcess.Elements.RESEARCH_MARKET);

    assertThat(ceo.get("/pipelines/leads/" + lead.id() + "/live").body()).contains("id=\"live\"")
        .doesNotContain("<html");
    assertThat(ceo.get("/pipelines/leads/" + UUID.randomUUID(), "Accept", "text/html").statusCode()).isEqualTo(404);
  }

  @Test
  void aDealsPageDrillsIntoTheProcessesItsRunCalled() throws Exception {
    String name = "Drilldown " + UUID.randomUUID().toString().substring(0, 8);
    SampleCompany.Started deal = company.deal(name);
    WebClient ceo = signedIn("ceo");

    JsonNode top = json.readTree(ceo.get("/pipelines/deals/" + deal.id() + "/diagram").body());
    assertThat(top.get("processId").asText()).isEqualTo("deal-closing");
    assertThat(top.get("called").get("CallActivity_Outreach").asText()).isEqualTo("deal-outreach");
    assertThat(top.get("active").toString()).contains("CallActivity_AwaitReply");

    JsonNode outreach = json.readTree(ceo.get("/pipelines/deals/" + deal.id() + "/diagram?process=deal-outreach")
        .body());
    assertThat(outreach.get("parentProcessId").asText()).isEqualTo("deal-closing");
    assertThat(outreach.get("xml").asText()).contains("deal-outreach");
    assertThat(outreach.get("called").toString()).contains("quality-gate");
    assertThat(outreach.get("active")).isEmpty();

    Document page = page(ceo, "/pipelines/deals/" + deal.id());
    assertThat(page.select("#timeline").text()).contains("Mail:", "QA passed", "Deal opened");
  }

  @Test
  void aProjectsPageShowsItsMilestonesTasksMailsAndDocumentsAndItsStages() throws Exception {
    String name = "Delivered " + UUID.randomUUID().toString().substring(0, 8);
    SampleCompany.Started project = company.project(name);
    WebClient ceo = signedIn("ceo");

    Document page = page(ceo, "/pipelines/projects/" + project.id());

    assertThat(page.select("h1").text()).contains(name);
    assertThat(page.select("#facts").text()).contains("RUNNING", "COMPLETION", "EUR 30,000.00",
        "Wait for the client's feedback");
    assertThat(page.select("#timeline").text()).contains("Project opened", "Milestone 1", "delivered",
        "Task T1 done", "QA", "Mail: Your project is complete", "Document: deliverable v1");
    JsonNode top = json.readTree(ceo.get("/pipelines/projects/" + project.id() + "/diagram").body());
    assertThat(top.get("processId").asText()).isEqualTo("service-delivery");
    assertThat(top.get("called").toString()).contains("delivery-planning", "delivery-execution");
    assertThat(top.get("completed").toString()).contains("CallActivity_Planning", "CallActivity_Execution");
    assertThat(page(ceo, "/").select("body").text()).as("the funnel has the projects").contains("Projects by stage");
  }

  @Test
  void anInitiativeWaitingForThePlanApprovalIsInTheFunnelTheGatesAndOnItsPage() throws Exception {
    String goal = "Open an online shop for handmade furniture within 90 days, "
        + UUID.randomUUID().toString().substring(0, 8);
    SampleCompany.Started initiative = initiative(goal);
    driver.advance(initiative.runId());
    Gate approvePlan = driver.gates(initiative.runId()).get(BusinessLifecycleProcess.Elements.APPROVE_PLAN);
    assertThat(approvePlan).as("the run waits for the plan's approval").isNotNull();
    // the list shows the oldest gates; other tests of this context leave theirs open: this one is made the oldest
    jdbc.sql("update bb_gate set opened_at = ? where id = ?")
        .params(java.sql.Timestamp.valueOf("2000-01-01 00:00:00"), approvePlan.id()).update();
    WebClient ceo = signedIn("ceo");

    Document home = page(ceo, "/");

    assertThat(count(home, "initiatives-by-phase:PLANNING")).isEqualTo(runtime.createProcessInstanceQuery()
        .processDefinitionKey(BusinessLifecycleProcess.Phases.PLANNING).count());
    assertThat(count(home, "initiatives-by-status:RUNNING")).isEqualTo(runtime.createProcessInstanceQuery()
        .processDefinitionKey(BusinessLifecycleProcess.PROCESS_ID).count());
    Element gate = home.selectFirst("#gates tr[data-gate=" + approvePlan.id() + "]");
    assertThat(gate).as("the plan's gate is listed").isNotNull();
    assertThat(gate.text()).contains("Approve the plan", "Business lifecycle");
    assertThat(gate.select("a[href^=/pipelines/initiatives/]").attr("href"))
        .isEqualTo("/pipelines/initiatives/" + initiative.id());

    Document page = page(ceo, "/pipelines/initiatives/" + initiative.id());

    assertThat(page.select("h1").text()).contains(goal, "initiative");
    assertThat(page.select("#facts").text()).contains(goal, "RUNNING · PLANNING", "EUR 20,000.00", "Plan cost",
        "% of the budget", "Agent spend", "Sell only in the EU");
    assertThat(page.select("#tasks thead").text()).contains("Department", "PLANNED", "Total");
    assertThat(page.select("#tasks tbody td:first-child").eachText()).as("a row per department")
        .contains("engineering", "marketing", "legal").doesNotHaveDuplicates();
    assertThat(page.select("#kpis .empty").text()).contains("No operations cycle yet");
    assertThat(page.select("#timeline").text()).contains("Initiative started", "Gate opened: Approve the plan");
    assertThat(page.select("#diagram").attr("data-src")).isEqualTo("/pipelines/initiatives/" + initiative.id()
        + "/diagram");
    JsonNode diagram = json.readTree(ceo.get("/pipelines/initiatives/" + initiative.id() + "/diagram").body());
    assertThat(diagram.get("processId").asText()).isEqualTo(BusinessLifecycleProcess.PROCESS_ID);
    assertThat(diagram.get("active").toString()).contains(BusinessLifecycleProcess.Elements.PLANNING);
    JsonNode planning = json.readTree(ceo.get("/pipelines/initiatives/" + initiative.id() + "/diagram?process="
        + BusinessLifecycleProcess.Phases.PLANNING).body());
    assertThat(planning.get("active").toString()).contains(BusinessLifecycleProcess.Elements.APPROVE_PLAN);
    assertThat(planning.get("completed").toString()).contains(BusinessLifecycleProcess.Elements.GENERATE_TASKS);
    assertThat(home.select("#funnel [data-funnel]").eachAttr("data-funnel")).as("the pipelines in their order")
        .containsSubsequence("leads-by-status", "deals-by-stage", "projects-by-stage", "initiatives-by-phase");
  }

  @Test
  void anInitiativesPageCostsTheSameQueriesWhateverItsPlan() throws Exception {
    WebClient ceo = signedIn("ceo");
    SampleCompany.Started shop = initiative("Open an online shop for handmade furniture within 90 days");
    driver.advance(shop.runId());
    queries(ceo, "/pipelines/initiatives/" + shop.id() + "/live");
    int shopPage = queries(ceo, "/pipelines/initiatives/" + shop.id() + "/live");

    // another goal, another plan (its own departments and tasks)
    SampleCompany.Started saas = initiative("Launch a SaaS tool that plans delivery routes for bakeries by next spring");
    driver.advance(saas.runId());

    assertThat(queries(ceo, "/pipelines/initiatives/" + saas.id() + "/live")).isEqualTo(shopPage);
  }

  @Test
  void theCeoStartsAnInitiativeFromTheHomePageOnceAndNobodyElseCan() throws Exception {
    String goal = "Open a consulting practice for bakery logistics, " + UUID.randomUUID().toString().substring(0, 8);
    WebClient ceo = signedIn("ceo");
    Document home = page(ceo, "/");
    Element form = home.selectFirst("#start-initiative form");
    assertThat(form).as("the CEO's form").isNotNull();
    java.util.Map<String, String> fields = new java.util.HashMap<>(java.util.Map.of("goal", goal,
        "constraints", "Work with bakeries in Berlin\n\nNo own fleet", "budget", "15000", "currency", "EUR",
        "deadline", LocalDate.now().plusDays(60).toString(), "formKey", form.select("input[name=formKey]").val(),
        "_csrf", form.select("input[name=_csrf]").val()));

    HttpResponse<String> started = ceo.postForm(form.attr("action"), fields);
    HttpResponse<String> again = ceo.postForm(form.attr("action"), fields);

    assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
    String record = WebClient.location(started);
    assertThat(record).startsWith("/pipelines/initiatives/");
    assertThat(WebClient.location(again)).as("the same form sent twice starts one").isEqualTo(record);
    assertThat(page(ceo, record).select("#facts").text()).contains(goal, "Started by ceo",
        "Work with bakeries in Berlin · No own fleet", "EUR 15,000.00");

    fields.put("formKey", UUID.randomUUID().toString());
    fields.put("budget", "-5");
    HttpResponse<String> refused = ceo.postForm(form.attr("action"), fields);
    assertThat(WebClient.location(refused)).startsWith("/");
    assertThat(page(ceo, "/").select("#start-initiative .alert").text()).contains("Not started", "budget");

    WebClient operator = signedIn("operator");
    Document operatorHome = page(operator, "/");
    assertThat(operatorHome.select("#start-initiative")).isEmpty();
    fields.put("_csrf", operatorHome.select("input[name=_csrf]").val());
    fields.put("budget", "15000");
    assertThat(operator.postForm("/initiatives", fields).statusCode()).isEqualTo(403);
  }

  @Test
  void aPageCostsTheSameQueriesWhateverTheNumberOfRuns() throws Exception {
    WebClient ceo = signedIn("ceo");
    WebClient operator = signedIn("operator");
    // every part of the pages has something to show: a gate, a deal, an incident
    SampleCompany.Started lead = company.lead("Counted " + UUID.randomUUID(), true);
    company.deal("Counted deal " + UUID.randomUUID());
    String failed = incident(company.lead("Counted failure " + UUID.randomUUID(), false), "counted");
    try {
      // the newest leads and deals lead the spend list both times: the same pipelines are shown before and after
      for (int i = 0; i < 3; i++) {
        company.lead("Counted " + UUID.randomUUID(), true);
        company.deal("Counted deal " + UUID.randomUUID());
      }
      queries(ceo, "/pipelines/leads/" + lead.id() + "/live");
      int ceoBefore = queries(ceo, "/");
      int operatorBefore = queries(operator, "/");
      int leadBefore = queries(ceo, "/pipelines/leads/" + lead.id() + "/live");
      for (int i = 0; i < 3; i++) {
        company.lead("Counted " + UUID.randomUUID(), true);
        company.deal("Counted deal " + UUID.randomUUID());
      }

      assertThat(queries(ceo, "/")).isEqualTo(ceoBefore);
      assertThat(queries(operator, "/")).isEqualTo(operatorBefore);
      assertThat(queries(ceo, "/pipelines/leads/" + lead.id() + "/live")).isEqualTo(leadBefore);
      assertThat(ceoBefore).as("a handful, not one per run").isLessThan(40);
    } finally {
      externalTasks.setRetries(failed, 1);
    }
  }

  /** An initiative started by the CEO over the API, left where its run waits first. */
  private SampleCompany.Started initiative(String goal) throws Exception {
    HttpResponse<String> created = WebClient.as(port, "ceo", "ceo").postJson("/api/initiatives", """
        {"goal": "%s", "constraints": ["Sell only in the EU"], "budget": 20000, "currency": "EUR",
         "deadline": "%s"}""".formatted(goal, LocalDate.now().plusDays(90)),
        "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json.readTree(created.body());
    return new SampleCompany.Started(body.get("id").asText(), body.get("processInstanceId").asText());
  }

  /** Fails the lead's first task for good: an incident. Answers the task's id, to retry it afterwards. */
  private String incident(SampleCompany.Started lead, String message) {
    List<LockedExternalTask> locked = externalTasks.fetchAndLock(1, "dashboard-test")
        .topic(ClientDiscoveryProcess.Topics.MARKET_RESEARCH, 60_000).businessKey(lead.id()).execute();
    assertThat(locked).hasSize(1);
    externalTasks.handleFailure(locked.get(0).getId(), "dashboard-test", message, null, 0, 0);
    return locked.get(0).getId();
  }

  private int queries(WebClient browser, String path) {
    HttpResponse<String> response = browser.get(path, QueryCounting.ASK, "true");
    assertThat(response.statusCode()).isEqualTo(200);
    return Integer.parseInt(response.headers().firstValue(QueryCounting.ANSWER).orElseThrow());
  }

  private static long count(Document home, String key) {
    return Long.parseLong(home.select("[data-count=" + key + "]").text());
  }

  private WebClient signedIn(String user) {
    WebClient browser = new WebClient(port);
    browser.signIn(user, user);
    return browser;
  }

  private static Document page(WebClient browser, String path) {
    HttpResponse<String> response = browser.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }
}
