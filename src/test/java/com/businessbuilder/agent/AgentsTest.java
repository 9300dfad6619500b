package com.businessbuilder.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.agent.llm.LlmCallFailed;
import com.businessbuilder.worker.BusinessOutcome;
import com.businessbuilder.worker.WorkItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The runtime's promises: roles, re-asks, audit with tokens and cost, budgets. Real audit table, scripted model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgentsTest {

  static final AgentProperties LIMITS = new AgentProperties(2, new BigDecimal("0.01"), 5, "EUR",
      Map.of("gpt-test", new AgentProperties.Price(new BigDecimal("2.50"), new BigDecimal("10.00"))));

  @Autowired AgentRoles roles;
  @Autowired PromptTemplates prompts;
  @Autowired AgentCallLog log;
  @Autowired Validator validator;
  @Autowired ObjectMapper json;

  record Findings(@NotBlank String marketSegment, @NotBlank String summary) {}

  @Test
  void structuredAnswerIsParsedAndTheCallAuditedWithTokensAndCost() {
    ScriptedProvider model = new ScriptedProvider()
        .answers("{\"marketSegment\": \"B2B software\", \"summary\": \"Buyers want speed.\"}", 1000, 200);
    WorkItem work = work();

    Findings findings = agents(model).ask(assignment(work), Findings.class);

    assertThat(findings).isEqualTo(new Findings("B2B software", "Buyers want speed."));
    assertThat(model.questions.get(0).systemPrompt()).contains("Market researcher").contains("Purpose:");
    assertThat(model.questions.get(0).userPrompt()).contains("Company: Acme").contains("Employees: not known");
    List<AgentCall> calls = log.ofProcessInstance(work.runId());
    assertThat(calls).singleElement().satisfies(call -> {
      assertThat(call.outcome()).isEqualTo(AgentCall.Outcome.ANSWERED);
      assertThat(call.inputTokens()).isEqualTo(1000);
      assertThat(call.outputTokens()).isEqualTo(200);
      // 1000 × 2.50 / 1e6 + 200 × 10.00 / 1e6
      assertThat(call.cost()).isEqualByComparingTo("0.0045");
      assertThat(call.roleId()).isEqualTo("market-researcher");
      assertThat(call.prompt()).contains("Company: Acme");
      assertThat(call.response()).contains("B2B software");
      assertThat(call.offline()).isFalse();
    });
  }

  @Test
  void aDatedModelNameReportedByTheProviderIsPricedAsTheConfiguredModel() {
    ScriptedProvider model = new ScriptedProvider()
        .answersAs("gpt-test-2026-01-01", "{\"marketSegment\": \"Retail\", \"summary\": \"x\"}", 1_000_000, 0);
    WorkItem work = work();

    agents(model).ask(assignment(work), Findings.class);

    AgentCall call = log.ofProcessInstance(work.runId()).get(0);
    assertThat(call.model()).isEqualTo("gpt-test-2026-01-01");
    assertThat(call.cost()).isEqualByComparingTo("2.50");
  }

  @Test
  void malformedAndInvalidAnswersAreAskedAgainNamingTheProblem() {
    ScriptedProvider model = new ScriptedProvider()
        .answers("Sure! Here is the research you asked for.", 10, 10)
        .answers("{\"marketSegment\": \"\", \"summary\": \"x\"}", 10, 10)
        .answers("```json\n{\"marketSegment\": \"Retail\", \"summary\": \"Price-driven.\"}\n```", 10, 10);
    WorkItem work = work();

    Findings findings = agents(model).ask(assignment(work), Findings.class);

    assertThat(findings.marketSegment()).isEqualTo("Retail");
    assertThat(model.questions.get(1).userPrompt()).contains("could not be used").contains("not JSON");
    assertThat(model.questions.get(2).userPrompt()).contains("marketSegment must not be blank");
    assertThat(log.ofProcessInstance(work.runId())).extracting(AgentCall::outcome)
        .containsExactly(AgentCall.Outcome.MALFORMED, AgentCall.Outcome.MALFORMED, AgentCall.Outcome.ANSWERED);
  }

  @Test
  void answersThatStayMalformedFailClearlyAfterTheBoundedReasks() {
    ScriptedProvider model = new ScriptedProvider()
        .answers("no", 1, 1).answers("still no", 1, 1).answers("{\"unexpected\": true}", 1, 1);
    WorkItem work = work();

    assertThatThrownBy(() -> agents(model).ask(assignment(work), Findings.class))
        .isInstanceOf(AgentOutputUnusable.class)
        .hasMessageContaining("market-researcher").hasMessageContaining("after 3 attempts");
    assertThat(model.questions).hasSize(3);
  }

  @Test
  void providerFailureIsAuditedAndPassedOnForRetries() {
    ScriptedProvider model = new ScriptedProvider().fails("openai answered 503 Service Unavailable: overloaded");
    WorkItem work = work();

    assertThatThrownBy(() -> agents(model).ask(assignment(work), Findings.class))
        .isInstanceOf(LlmCallFailed.class).hasMessageContaining("503");
    assertThat(log.ofProcessInstance(work.runId())).singleElement().satisfies(call -> {
      assertThat(call.outcome()).isEqualTo(AgentCall.Outcome.FAILED);
      assertThat(call.error()).contains("overloaded");
      assertThat(call.cost()).isEqualByComparingTo("0");
    });
  }

  @Test
  void spentBudgetRefusesTheNextCallAsABusinessOutcomeWithoutAskingTheModel() {
    ScriptedProvider model = new ScriptedProvider()
        .answers("{\"marketSegment\": \"Retail\", \"summary\": \"x\"}", 2000, 1000) // 0.015 EUR > 0.01
        .answers("{\"marketSegment\": \"Retail\", \"summary\": \"x\"}", 1, 1);
    WorkItem work = work();
    Agents agents = agents(model);
    agents.ask(assignment(work), Findings.class);

    assertThatThrownBy(() -> agents.ask(assignment(nextWork(work)), Findings.class))
        .isInstanceOfSatisfying(BusinessOutcome.class, refused -> {
          assertThat(refused.errorCode()).isEqualTo(PipelineBudget.EXCEEDED);
          assertThat(refused.getMessage()).contains("spent 0.015 EUR of its budget of 0.01 EUR");
          assertThat(refused.variables()).containsEntry(PipelineBudget.EXCEEDED_AT_VARIABLE, "ServiceTask_Research");
        });
    assertThat(model.questions).hasSize(1);
  }

  @Test
  void callLimitRefusesTheNextCallAndARaisedLimitLetsItThrough() {
    ScriptedProvider model = new ScriptedProvider();
    for (int i = 0; i < 6; i++) {
      model.answers("{\"marketSegment\": \"Retail\", \"summary\": \"x\"}", 0, 0);
    }
    WorkItem work = work();
    Agents agents = agents(model);
    for (int call = 0; call < LIMITS.maxCallsPerPipeline(); call++) {
      agents.ask(assignment(nextWork(work)), Findings.class);
    }

    assertThatThrownBy(() -> agents.ask(assignment(nextWork(work)), Findings.class))
        .isInstanceOf(BusinessOutcome.class).hasMessageContaining("has made 5 of its 5 agent calls");

    Map<String, Object> raised = new HashMap<>(work.variables());
    raised.put(PipelineBudget.MAX_CALLS_VARIABLE, 6);
    WorkItem afterCeoRaisedIt = new WorkItem(UUID.randomUUID().toString(), work.topic(), work.correlationKey(),
        work.runId(), work.activityId(), raised);
    assertThat(agents.ask(assignment(afterCeoRaisedIt), Findings.class).marketSegment()).isEqualTo("Retail");
  }

  @Test
  void theSamePieceOfWorkOfferedAgainUsesTheRecordedAnswerWithoutAskingOrPaying() {
    ScriptedProvider model = new ScriptedProvider()
        .answers("{\"marketSegment\": \"Retail\", \"summary\": \"Price-driven.\"}", 2000, 1000); // over budget
    WorkItem work = work();
    Agents agents = agents(model);
    agents.ask(assignment(work), Findings.class);

    // the worker died before completing the task; the engine offers the same task again
    Findings again = agents.ask(assignment(work), Findings.class);

    assertThat(again).isEqualTo(new Findings("Retail", "Price-driven."));
    assertThat(model.questions).as("the model was asked once").hasSize(1);
    assertThat(log.ofProcessInstance(work.runId())).singleElement().satisfies(call -> {
      assertThat(call.workItemId()).isEqualTo(work.id());
      assertThat(call.reuses()).isEqualTo(1);
    });
    assertThat(log.spendOf(work.correlationKey()).calls()).isEqualTo(1);
  }

  @Test
  void aNewPieceOfWorkWithTheSameQuestionAsksAgain() {
    ScriptedProvider model = new ScriptedProvider()
        .answers("{\"marketSegment\": \"Retail\", \"summary\": \"x\"}", 1, 1)
        .answers("{\"marketSegment\": \"Retail\", \"summary\": \"y\"}", 1, 1);
    WorkItem work = work();
    Agents agents = agents(model);

    agents.ask(assignment(work), Findings.class);
    Findings nextRound = agents.ask(assignment(nextWork(work)), Findings.class);

    assertThat(nextRound.summary()).isEqualTo("y");
    assertThat(model.questions).hasSize(2);
    assertThat(model.questions.get(1).userPrompt()).isEqualTo(model.questions.get(0).userPrompt());
    assertThat(log.ofProcessInstance(work.runId())).extracting(AgentCall::reuses).containsExactly(0, 0);
  }

  @Test
  void anAnswerGotByAskingAgainIsTheRecordedAnswerToTheQuestion() {
    ScriptedProvider model = new ScriptedProvider()
        .answers("Sure! Here it is.", 10, 10)
        .answers("{\"marketSegment\": \"Retail\", \"summary\": \"x\"}", 10, 10);
    WorkItem work = work();
    Agents agents = agents(model);
    agents.ask(assignment(work), Findings.class);

    assertThat(agents.ask(assignment(work), Findings.class).marketSegment()).isEqualTo("Retail");
    assertThat(model.questions).hasSize(2);
  }

  @Test
  void unusableAnswersAreNotReusedARetryOfTheSameWorkAsksAgain() {
    ScriptedProvider model = new ScriptedProvider()
        .answers("no", 1, 1).answers("still no", 1, 1).answers("{\"unexpected\": true}", 1, 1)
        .answers("{\"marketSegment\": \"Retail\", \"summary\": \"x\"}", 1, 1);
    WorkItem work = work();
    Agents agents = agents(model);
    assertThatThrownBy(() -> agents.ask(assignment(work), Findings.class)).isInstanceOf(AgentOutputUnusable.class);

    assertThat(agents.ask(assignment(work), Findings.class).marketSegment()).isEqualTo("Retail");
    assertThat(model.questions).hasSize(4);
  }

  @Test
  void aWrittenDocumentIsReusedByTheSamePieceOfWork() {
    ScriptedProvider model = new ScriptedProvider().answers("# Retail in 2026\n\nPrices drive it.", 10, 10);
    WorkItem work = work();
    Agents agents = agents(model);
    String first = agents.write(assignment(work));

    assertThat(agents.write(assignment(work))).isEqualTo(first);
    assertThat(model.questions).hasSize(1);
    assertThat(log.ofProcessInstance(work.runId())).singleElement()
        .satisfies(call -> assertThat(call.reuses()).isEqualTo(1));
  }

  @Test
  void unknownRoleIsRefused() {
    assertThatThrownBy(() -> agents(new ScriptedProvider()).ask(
        new Assignment("nobody", "market-research", work(), Map.of()), Findings.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No agent role 'nobody'");
  }

  private Agents agents(ScriptedProvider model) {
    return new Agents(model, roles, prompts, new PipelineBudget(log, LIMITS), log, LIMITS, validator, json);
  }

  private static Assignment assignment(WorkItem work) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("company", "Acme");
    inputs.put("employees", null);
    return new Assignment("market-researcher", "market-research", work, inputs);
  }

  private static WorkItem work() {
    String id = UUID.randomUUID().toString();
    return new WorkItem("task-" + id, "market-research", "pipeline-" + id, "pi-" + id, "ServiceTask_Research",
        Map.of());
  }

  /** Another piece of work of the same step in the same run, e.g. the step's next round. */
  private static WorkItem nextWork(WorkItem work) {
    return new WorkItem("task-" + UUID.randomUUID(), work.topic(), work.correlationKey(), work.runId(),
        work.activityId(), work.variables());
  }
}
