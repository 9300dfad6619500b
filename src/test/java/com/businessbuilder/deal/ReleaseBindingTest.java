package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.quality.QualityGateProcess;
import com.businessbuilder.signing.EnvelopeStatus;
import com.businessbuilder.signing.SignatureEvent;
import com.businessbuilder.testing.ProcessDriver;
import com.businessbuilder.testing.Releases;
import java.util.Comparator;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A deal that runs for weeks keeps the release it started with: a changed quality gate and a changed approval
 * policy, released while the deal waits for the client's reply, are used by deals opened after the release only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({DealTestDoubles.class, DealClosingPathsTest.Handoffs.class})
class ReleaseBindingTest {

  /** the tag every model of the repository's release carries */
  static final String RELEASED_TAG = "2.1";
  static final String CHANGED_TAG = "2.1-test";

  @Autowired ProcessEngine engine;
  @Autowired ProcessDriver driver;
  @Autowired Releases releases;
  @Autowired DealSubmission submission;
  @Autowired DealRepository deals;
  @Autowired DealConversation conversation;
  @Autowired ApplicationEventPublisher events;

  @Test
  void aWaitingDealFinishesOnItsOwnReleaseAndANewDealUsesTheNewOne() throws Exception {
    DealSubmission.Opened waiting = open();
    String startedWith = definitionOf(waiting.runId()).getDeploymentId();

    String next = releases.release(Map.of(
        "processes/quality-gate.bpmn", gate -> gate.replace("camunda:versionTag=\"" + RELEASED_TAG + "\"",
            "camunda:versionTag=\"" + CHANGED_TAG + "\""),
        "dmn/approval-policy.dmn", policy -> policy.replace("&gt;= 50000", "&gt;= 20000")
            .replace("Deal value of EUR 50,000 or more", "Deal value of EUR 20,000 or more")));
    assertThat(next).isNotEqualTo(startedWith);

    reply(waiting);
    assertThat(driver.waitingAt(waiting.runId())).as("the old policy: EUR 30,000 needs no CEO")
        .containsExactly(GATEWAY_AWAIT_ANSWER);
    ProcessDefinition oldGate = latestQualityGateOf(waiting.id());
    assertThat(oldGate.getDeploymentId()).isEqualTo(startedWith);
    assertThat(oldGate.getVersionTag()).isEqualTo(RELEASED_TAG);

    DealSubmission.Opened fresh = open();
    assertThat(definitionOf(fresh.runId()).getDeploymentId()).isEqualTo(next);
    reply(fresh);
    assertThat(driver.waitingAt(fresh.runId())).as("the new policy asks the CEO from EUR 20,000")
        .containsExactly(APPROVE_PROPOSAL);
    assertThat(engine.getRuntimeService().getVariables(engine.getTaskService().createTaskQuery()
        .taskId(driver.gate(fresh.runId()).id()).singleResult().getExecutionId()))
        .containsEntry(DealClosingProcess.Variables.APPROVAL_REASON, "Deal value of EUR 20,000 or more");
    ProcessDefinition newGate = latestQualityGateOf(fresh.id());
    assertThat(newGate.getDeploymentId()).isEqualTo(next);
    assertThat(newGate.getVersionTag()).isEqualTo(CHANGED_TAG);

    conversation.receive(deals.require(waiting.id()), new ClientMessage("answer", "Deal", "accept", null));
    driver.advance(waiting.runId());
    events.publishEvent(new SignatureEvent("env-contract-" + waiting.id(), EnvelopeStatus.COMPLETED, null));
    driver.advance(waiting.runId());
    assertThat(deals.require(waiting.id()).status()).as("the waiting deal finished on its release")
        .isEqualTo(Deal.WON);
    assertThat(driver.passed(waiting.runId())).contains(END_DEAL_WON);
  }

  @AfterEach
  void releaseTheModelsAsTheyAre() throws Exception {
    releases.release(Map.<String, UnaryOperator<String>>of());
  }

  private DealSubmission.Opened open() {
    DealSubmission.Opened opened = submission.open(new DealRequest(null, "Acme Robotics", "Dana Reyes",
        "dana@acme.example", "manufacturing", 300, 120000L, "Dealers order spare parts by phone", "low"), "test", null);
    driver.advance(opened.runId());
    assertThat(driver.waitingAt(opened.runId())).containsExactly(GATEWAY_AWAIT_REPLY);
    return opened;
  }

  private void reply(DealSubmission.Opened deal) {
    conversation.receive(deals.require(deal.id()), new ClientMessage("reply", "We need a customer portal.", null,
        null));
    driver.advance(deal.runId());
  }

  private ProcessDefinition definitionOf(String runId) {
    String definitionId = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(runId)
        .singleResult().getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(definitionId);
  }

  private ProcessDefinition latestQualityGateOf(String dealId) {
    HistoricProcessInstance gate = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(dealId).processDefinitionKey(QualityGateProcess.PROCESS_ID).list().stream()
        .max(Comparator.comparing(HistoricProcessInstance::getStartTime)).orElseThrow();
    return engine.getRepositoryService().getProcessDefinition(gate.getProcessDefinitionId());
  }
}
