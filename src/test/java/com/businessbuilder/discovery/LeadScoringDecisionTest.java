package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.*;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.discovery.ClientDiscoveryProcess.Elements;
import com.businessbuilder.discovery.ClientDiscoveryProcess.Topics;
import com.businessbuilder.engine.camunda7.DecisionEngineSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins {@code dmn/lead-scoring.dmn}: one case per rule of both tables (a rule without a case fails
 * {@link #everyRuleHasACase()}), the calibration leads, and how the "Score lead" task of
 * {@code processes/client-discovery.bpmn} turns the decision result into flat process variables.
 */
class LeadScoringDecisionTest {

  static final Path DMN = Path.of("dmn", "lead-scoring.dmn");
  static final String SCORING = "lead-scoring";
  static final String ROUTING = "lead-routing";
  /** Every scored lead gets these points; it also guarantees that the SUM always has a value. */
  static final String BASELINE = "DecisionRule_QualifiedLead";
  static final int BASELINE_POINTS = 10;

  static final List<DmnDecisionTableEvaluationEvent> evaluatedTables = new ArrayList<>();
  static DmnEngine dmnEngine;
  static Map<String, DmnDecision> decisions;

  @BeforeAll
  static void parseDecisions() throws IOException {
    // the DMN engine as the application's engine configures it
    DefaultDmnEngineConfiguration configuration = DecisionEngineSetup.dmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(evaluatedTables::add));
    dmnEngine = configuration.buildEngine();
    try (InputStream dmn = Files.newInputStream(DMN)) {
      decisions = dmnEngine.parseDecisions(dmn).stream().collect(toMap(DmnDecision::getKey, d -> d));
    }
  }

  // ---------------------------------------------------------------- lead-scoring: one case per rule

  /** A lead that earns nothing but the baseline: every variable present (feel-scala wants them), none scoring. */
  static Map<String, Object> neutralLead() {
    Map<String, Object> lead = new HashMap<>();
    lead.put(INDUSTRY, "unknown");
    lead.put(EMPLOYEES, null);
    lead.put(ANNUAL_BUDGET, null);
    lead.put(DIGITAL_FOOTPRINT, null);
    lead.put(SOURCE, "other");
    lead.put(NOTES, "");
    return lead;
  }

  /** variable, value, the rule it must fire (the baseline alone: no factor), that rule's points. */
  static Stream<Arguments> scoringCases() {
    return Stream.of(
        Arguments.of(null, null, BASELINE, BASELINE_POINTS),
        Arguments.of(INDUSTRY, "software", "DecisionRule_CoreIndustry", 25),
        Arguments.of(INDUSTRY, "saas", "DecisionRule_CoreIndustry", 25),
        Arguments.of(INDUSTRY, "fintech", "DecisionRule_CoreIndustry", 25),
        Arguments.of(INDUSTRY, "e-commerce", "DecisionRule_GoodIndustryFit", 15),
        Arguments.of(INDUSTRY, "healthcare", "DecisionRule_GoodIndustryFit", 15),
        Arguments.of(INDUSTRY, "professional services", "DecisionRule_GoodIndustryFit", 15),
        Arguments.of(INDUSTRY, "manufacturing", "DecisionRule_SomeIndustryFit", 5),
        Arguments.of(INDUSTRY, "retail", "DecisionRule_SomeIndustryFit", 5),
        Arguments.of(INDUSTRY, null, BASELINE, BASELINE_POINTS),
        Arguments.of(EMPLOYEES, 50, "DecisionRule_SweetSpotSize", 20),
        Arguments.of(EMPLOYEES, 1000, "DecisionRule_SweetSpotSize", 20),
        Arguments.of(EMPLOYEES, 1001, "DecisionRule_EnterpriseSize", 10),
        Arguments.of(EMPLOYEES, 10, "DecisionRule_SmallBusiness", 10),
        Arguments.of(EMPLOYEES, 49, "DecisionRule_SmallBusiness", 10),
        Arguments.of(EMPLOYEES, 1, "DecisionRule_MicroBusiness", -10),
        Arguments.of(EMPLOYEES, 9L, "DecisionRule_MicroBusiness", -10),
        Arguments.of(ANNUAL_BUDGET, 100_000, "DecisionRule_LargeBudget", 25),
        Arguments.of(ANNUAL_BUDGET, 120_000.0, "DecisionRule_LargeBudget", 25),
        Arguments.of(ANNUAL_BUDGET, 25_000, "DecisionRule_SolidBudget", 15),
        Arguments.of(ANNUAL_BUDGET, 99_999.99, "DecisionRule_SolidBudget", 15),
        Arguments.of(ANNUAL_BUDGET, 5_000L, "DecisionRule_SmallBudget", 5),
        Arguments.of(ANNUAL_BUDGET, 24_999.0, "DecisionRule_SmallBudget", 5),
        Arguments.of(ANNUAL_BUDGET, 0, "DecisionRule_NoRealBudget", -10),
        Arguments.of(ANNUAL_BUDGET, 4_999.0, "DecisionRule_NoRealBudget", -10),
        Arguments.of(DIGITAL_FOOTPRINT, "strong", "DecisionRule_StrongDigitalFootprint", 10),
        Arguments.of(DIGITAL_FOOTPRINT, "basic", "DecisionRule_BasicDigitalFootprint", 5),
        Arguments.of(DIGITAL_FOOTPRINT, "none", "DecisionRule_NoDigitalFootprint", -5),
        Arguments.of(SOURCE, "referral", "DecisionRule_WarmIntroduction", 15),
        Arguments.of(SOURCE, "partner", "DecisionRule_WarmIntroduction", 15),
        Arguments.of(SOURCE, "event", "DecisionRule_ActiveInterest", 10),
        Arguments.of(SOURCE, "inbound", "DecisionRule_ActiveInterest", 10),
        Arguments.of(SOURCE, "website", "DecisionRule_WebsiteLead", 5),
        Arguments.of(SOURCE, "outbound", BASELINE, BASELINE_POINTS),
        Arguments.of(NOTES, "Budget approved for Q3", "DecisionRule_BudgetApproved", 15),
        Arguments.of(NOTES, "We have an APPROVED BUDGET", "DecisionRule_BudgetApproved", 15),
        Arguments.of(NOTES, "Must start this quarter", "DecisionRule_Urgency", 10),
        Arguments.of(NOTES, "Urgent!", "DecisionRule_Urgency", 10),
        Arguments.of(NOTES, "call back ASAP", "DecisionRule_Urgency", 10),
        Arguments.of(NOTES, "We are looking for a partner", "DecisionRule_ActiveSearch", 10),
        Arguments.of(NOTES, "Sending our RFP next week", "DecisionRule_ActiveSearch", 10),
        Arguments.of(NOTES, "Public tender opens in May", "DecisionRule_ActiveSearch", 10),
        Arguments.of(NOTES, "Just browsing", "DecisionRule_NotReadyToBuy", -20),
        Arguments.of(NOTES, "Not now, maybe later", "DecisionRule_NotReadyToBuy", -20),
        Arguments.of(NOTES, "No budget this year", "DecisionRule_NoBudgetMentioned", -20),
        Arguments.of(NOTES, "I am a Student writing my thesis", "DecisionRule_StudentEnquiry", -30),
        Arguments.of(NOTES, "Met them at the fair", BASELINE, BASELINE_POINTS),
        Arguments.of(NOTES, null, BASELINE, BASELINE_POINTS));
  }

  @ParameterizedTest(name = "{0} = {1} -> {2} ({3})")
  @MethodSource("scoringCases")
  void eachFactorAddsItsPoints(String variable, Object value, String rule, int points) {
    Map<String, Object> lead = neutralLead();
    if (variable != null) {
      lead.put(variable, value);
    }

    Evaluation evaluation = evaluate(SCORING, lead);

    Map<String, Object> fired = evaluation.firedRules(SCORING);
    if (BASELINE.equals(rule)) {
      assertThat(fired).containsOnly(Map.entry(BASELINE, BASELINE_POINTS));
      assertThat(evaluation.single("leadScore")).isEqualTo(BASELINE_POINTS);
    } else {
      assertThat(fired).containsOnly(Map.entry(BASELINE, BASELINE_POINTS), Map.entry(rule, points));
      assertThat(evaluation.single("leadScore")).isEqualTo(BASELINE_POINTS + points);
    }
  }

  @Test
  void everyFactorThatAppliesCounts() {
    Map<String, Object> lead = neutralLead();
    lead.put(NOTES, "No budget, just browsing");

    Evaluation evaluation = evaluate(SCORING, lead);

    assertThat(evaluation.firedRules(SCORING))
        .containsOnlyKeys(BASELINE, "DecisionRule_NoBudgetMentioned", "DecisionRule_NotReadyToBuy");
    assertThat(evaluation.single("leadScore")).isEqualTo(BASELINE_POINTS - 20 - 20);
  }

  // ---------------------------------------------------------------- lead-routing: one case per rule

  /** The tier boundaries; scores are multiples of 5, so 65 and 35 are the nearest scores below 70 and 40. */
  static Stream<Arguments> routingCases() {
    return Stream.of(
        Arguments.of("score 70", lead("software", 450, null, null, "referral", ""), 70, "HOT",
            "CEO reviews and hands to sales", "DecisionRule_HotLead"),
        Arguments.of("score 65", lead("software", 450, null, null, "event", ""), 65, "WARM",
            "Nurture and re-score later", "DecisionRule_WarmLead"),
        Arguments.of("score 40", lead("healthcare", 20, null, "basic", "other", ""), 40, "WARM",
            "Nurture and re-score later", "DecisionRule_WarmLead"),
        Arguments.of("score 35", lead("healthcare", 20, null, null, "other", ""), 35, "COLD", "Archive",
            "DecisionRule_ColdLead"));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("routingCases")
  void theScoreDecidesTheTier(String name, Map<String, Object> lead, int score, String tier, String nextStep,
      String rule) {
    Evaluation evaluation = evaluate(ROUTING, lead);

    assertThat(evaluation.firedRules(ROUTING)).containsOnlyKeys(rule);
    assertThat(evaluation.result().getSingleResult().getEntryMap())
        .containsOnly(Map.entry("leadScore", score), Map.entry("tier", tier), Map.entry("nextStep", nextStep));
  }

  // ---------------------------------------------------------------- calibration, through lead-routing

  @Test
  void anEstablishedSoftwareCompanyReadyToBuyIsHot() {
    Evaluation evaluation = evaluate(ROUTING, lead("software", 450, 120_000.0, "strong", "referral",
        "Budget approved, we need a partner this quarter"));

    assertThat(evaluation.firedRules(SCORING)).containsOnlyKeys(BASELINE, "DecisionRule_CoreIndustry",
        "DecisionRule_SweetSpotSize", "DecisionRule_LargeBudget", "DecisionRule_StrongDigitalFootprint",
        "DecisionRule_WarmIntroduction", "DecisionRule_BudgetApproved", "DecisionRule_Urgency",
        "DecisionRule_ActiveSearch");
    assertThat(evaluation.single("tier")).isEqualTo("HOT");
    assertThat(evaluation.single("nextStep")).isEqualTo("CEO reviews and hands to sales");
    assertThat(evaluation.single("leadScore")).isEqualTo(140);
  }

  @Test
  void aOnePersonShopJustBrowsingIsCold() {
    Evaluation withZeroBudget = evaluate(ROUTING, lead("retail", 1, 0, "none", "other", "just browsing"));
    Evaluation withoutBudget = evaluate(ROUTING, lead("retail", 1, null, "none", "other", "just browsing"));

    assertThat(withZeroBudget.single("tier")).isEqualTo("COLD");
    assertThat(withZeroBudget.single("nextStep")).isEqualTo("Archive");
    assertThat(withZeroBudget.single("leadScore")).isEqualTo(-30);
    assertThat(withoutBudget.single("tier")).isEqualTo("COLD");
    assertThat(withoutBudget.single("leadScore")).isEqualTo(-20);
  }

  @Test
  void aMidSizedManufacturerWithoutSignalsIsWarm() {
    Evaluation evaluation = evaluate(ROUTING, lead("manufacturing", 60, 20_000, "basic", "website", ""));

    assertThat(evaluation.single("tier")).isEqualTo("WARM");
    assertThat(evaluation.single("nextStep")).isEqualTo("Nurture and re-score later");
    assertThat(evaluation.single("leadScore")).isEqualTo(50);
  }

  @Test
  void aLeadWithNothingKnownIsStillScored() {
    Evaluation evaluation = evaluate(ROUTING, lead(null, null, null, null, null, null));

    assertThat(evaluation.single("leadScore")).isEqualTo(BASELINE_POINTS);
    assertThat(evaluation.single("tier")).isEqualTo("COLD");
  }

  @Test
  void leadRoutingEvaluatesLeadScoringFirstAndPassesTheScoreOn() {
    Evaluation evaluation = evaluate(ROUTING, lead("software", 450, null, null, "referral", ""));

    assertThat(evaluation.tables()).containsExactly(SCORING, ROUTING);
    assertThat(decisions.get(ROUTING).getRequiredDecisions()).extracting(DmnDecision::getKey).containsExactly(SCORING);
    assertThat(evaluation.result().getSingleResult().getEntryMap()).containsKeys("leadScore", "tier", "nextStep");
  }

  // ---------------------------------------------------------------- the rules themselves

  @Test
  void everyRuleHasACase() {
    Set<Object> covered = Stream.concat(
            scoringCases().map(arguments -> arguments.get()[2]),
            routingCases().map(arguments -> arguments.get()[5]))
        .collect(toSet());

    Set<String> rules = Stream.concat(rules(SCORING).stream(), rules(ROUTING).stream())
        .map(Rule::getId).collect(toSet());
    assertThat(covered).containsExactlyInAnyOrderElementsOf(rules);
  }

  @Test
  void everyRuleSaysWhyItExistsWithoutRepeatingItsPoints() {
    for (String decision : List.of(SCORING, ROUTING)) {
      for (Rule rule : rules(decision)) {
        String annotation = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
        assertThat(annotation).as(rule.getId()).contains(": ").doesNotContain("+").doesNotContainIgnoringCase("points");
      }
    }
  }

  // ---------------------------------------------------------------- the Score lead task in the process

  /**
   * Runs the real models on an in-memory engine without Spring to prove that "Score lead" leaves flat,
   * typed variables {@code leadScore}, {@code tier} and {@code nextStep} (and no map of the decision result),
   * and that the history keeps the rules that fired with their points.
   */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ScoreLeadTask {

    ProcessEngine engine;

    @BeforeAll
    void startEngine() throws IOException {
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
          .createStandaloneInMemProcessEngineConfiguration();
      configuration.getProcessEnginePlugins().add(new DecisionEngineSetup());
      engine = configuration
          .setProcessEngineName("lead-scoring-decision-test")
          .setJdbcUrl("jdbc:h2:mem:lead-scoring-decision-test;DB_CLOSE_DELAY=1000")
          .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
          .setJobExecutorActivate(false)
          .buildProcessEngine();
      try (InputStream bpmn = Files.newInputStream(Path.of("processes", "client-discovery.bpmn"));
          InputStream dmn = Files.newInputStream(DMN);
          InputStream form = Files.newInputStream(Path.of("forms", "lead-review.form"))) {
        engine.getRepositoryService().createDeployment()
            .addInputStream("client-discovery.bpmn", bpmn)
            .addInputStream("lead-scoring.dmn", dmn)
            .addInputStream("lead-review.form", form)
            .deploy();
      }
    }

    @AfterAll
    void stopEngine() {
      engine.close();
    }

    @Test
    void aHotLeadWaitsForTheCeoWithFlatScoreVariables() {
      String id = scoreLead(lead("software", 450, 120_000.0, null, "referral",
          "Budget approved, we need a partner this quarter"), "strong");

      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id)
          .taskDefinitionKey(Elements.APPROVE_PURSUING_LEAD).count()).isEqualTo(1);
      assertThat(engine.getRuntimeService().getVariables(id))
          .contains(Map.entry(LEAD_SCORE, 140), Map.entry(TIER, "HOT"),
              Map.entry(NEXT_STEP, "CEO reviews and hands to sales"))
          .doesNotContainKey("decisionResult");

      HistoricDecisionInstance scoring = engine.getHistoryService().createHistoricDecisionInstanceQuery()
          .processInstanceId(id).decisionDefinitionKey(SCORING).includeOutputs().singleResult();
      assertThat(scoring.getCollectResultValue()).isEqualTo(140.0);
      assertThat(scoring.getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
          .contains(BASELINE, "DecisionRule_CoreIndustry", "DecisionRule_BudgetApproved");
    }

    @Test
    void aWarmLeadIsNurturedWithFlatScoreVariables() {
      String id = scoreLead(lead("manufacturing", 60, 20_000, null, "website", ""), "basic");

      assertThat(engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(id)
          .activityId(Elements.NURTURE_LEAD).count()).isEqualTo(1);
      assertThat(engine.getRuntimeService().getVariables(id))
          .contains(Map.entry(LEAD_SCORE, 50), Map.entry(TIER, "WARM"),
              Map.entry(NEXT_STEP, "Nurture and re-score later"));
    }

    @Test
    void aColdLeadIsArchivedWithFlatScoreVariables() {
      String id = scoreLead(lead("retail", 1, 0, null, "other", "just browsing"), "none");

      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id)
          .singleResult().getEndActivityId()).isEqualTo(Elements.END_LEAD_ARCHIVED);
      Map<String, Object> variables = engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(id).list().stream()
          .collect(toMap(HistoricVariableInstance::getName, v -> v.getValue() == null ? "null" : v.getValue()));
      assertThat(variables)
          .contains(Map.entry(LEAD_SCORE, -30), Map.entry(TIER, "COLD"), Map.entry(NEXT_STEP, "Archive"))
          .doesNotContainKey("decisionResult");
    }

    /** Starts the process and completes the steps before "Score lead" as the workers would. */
    String scoreLead(Map<String, Object> lead, String digitalFootprint) {
      Map<String, Object> start = new HashMap<>(lead);
      start.remove(DIGITAL_FOOTPRINT);
      start.put(NURTURE_ROUND, 0);
      start.put(MAX_NURTURE_ROUNDS, 3);
      start.put(NURTURE_WAIT, "P14D");
      String id = engine.getRuntimeService()
          .startProcessInstanceByKey(ClientDiscoveryProcess.PROCESS_ID, start).getId();
      complete(id, Topics.MARKET_RESEARCH, Map.of());
      complete(id, Topics.LEAD_INTAKE, Map.of());
      complete(id, Topics.LEAD_QUALIFICATION, Map.of(QUALIFIED, true));
      complete(id, Topics.LEAD_ENRICHMENT, Map.of(DIGITAL_FOOTPRINT, digitalFootprint));
      complete(id, Topics.LEAD_SCORE_RECORDING, Map.of());
      return id;
    }

    void complete(String processInstanceId, String topic, Map<String, Object> variables) {
      List<LockedExternalTask> tasks = engine.getExternalTaskService().fetchAndLock(10, "test-worker")
          .topic(topic, 60_000).execute().stream()
          .filter(task -> task.getProcessInstanceId().equals(processInstanceId)).toList();
      assertThat(tasks).as(topic).hasSize(1);
      engine.getExternalTaskService().complete(tasks.get(0).getId(), "test-worker", variables);
    }
  }

  // ---------------------------------------------------------------- helpers

  static Map<String, Object> lead(String industry, Object employees, Object annualBudget, String digitalFootprint,
      String source, String notes) {
    Map<String, Object> lead = new HashMap<>();
    lead.put(INDUSTRY, industry);
    lead.put(EMPLOYEES, employees);
    lead.put(ANNUAL_BUDGET, annualBudget);
    lead.put(DIGITAL_FOOTPRINT, digitalFootprint);
    lead.put(SOURCE, source);
    lead.put(NOTES, notes);
    return lead;
  }

  static List<Rule> rules(String decisionId) {
    DmnModelInstance model = Dmn.readModelFromFile(DMN.toFile());
    Decision decision = model.getModelElementById(decisionId);
    return List.copyOf(((DecisionTable) decision.getExpression()).getRules());
  }

  static synchronized Evaluation evaluate(String decisionKey, Map<String, Object> variables) {
    evaluatedTables.clear();
    DmnDecisionResult result = dmnEngine.evaluateDecision(decisions.get(decisionKey), variables);
    return new Evaluation(result, List.copyOf(evaluatedTables));
  }

  record Evaluation(DmnDecisionResult result, List<DmnDecisionTableEvaluationEvent> events) {

    Object single(String output) {
      return result.getSingleResult().getEntry(output);
    }

    List<String> tables() {
      return events.stream().map(event -> event.getDecision().getKey()).toList();
    }

    /** Rule id to the value of its first output (the points, for lead-scoring), in table order. */
    Map<String, Object> firedRules(String decisionKey) {
      Map<String, Object> fired = new LinkedHashMap<>();
      events.stream().filter(event -> event.getDecision().getKey().equals(decisionKey))
          .flatMap(event -> event.getMatchingRules().stream())
          .forEach(rule -> fired.put(rule.getId(), firstOutput(rule)));
      return fired;
    }

    private static Object firstOutput(DmnEvaluatedDecisionRule rule) {
      return rule.getOutputEntries().values().stream().findFirst().map(DmnEvaluatedOutput::getValue)
          .map(value -> value.getValue()).orElse(null);
    }
  }
}
