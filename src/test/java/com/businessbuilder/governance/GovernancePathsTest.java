package com.businessbuilder.governance;

import static com.businessbuilder.governance.GovernanceProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentBudgetProcess;
import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.engine.GateRefused;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.testing.ModelCoverage;
import com.businessbuilder.testing.ProcessDriver;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The paths through {@code governance}, run by the real engine with the real handlers and the offline agents on H2:
 * a tension adopted as the role's next version, objected to and integrated, left with objections and rejected, and a
 * role retired. Every role a test changes is put back afterwards (as its next version), so the tests that follow
 * in this context see the catalog they expect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernancePathsTest {

  @Autowired ProcessDriver driver;
  @Autowired ModelCoverage coverage;
  @Autowired Tensions raising;
  @Autowired TensionRepository tensions;
  @Autowired GovernanceRecords records;
  @Autowired AgentRoles roles;
  @Autowired ProcessRuns runs;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine engine;

  final Map<String, AgentRole> changed = new LinkedHashMap<>();

  @Test
  void aTensionWithoutObjectionsIsAdoptedAsTheRolesNextVersion() {
    AgentRole before = remember("invoice-clerk");

    Tension tension = raise("monitor:finance", "invoice-clerk", "Reminders go out the day an invoice is due",
        "Always wait three days past the due date before dunning");

    assertThat(driver.waitingAt(tension.runId())).containsExactly(DECIDE_ON_PROPOSAL);
    assertThat(tensions.objections(tension.id())).isEmpty();
    driver.decide(tension.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "approve"));

    AgentRole after = roles.require("invoice-clerk");
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(after.policies()).containsAll(before.policies())
        .contains("Always wait three days past the due date before dunning");
    assertThat(after.accountabilities()).isEqualTo(before.accountabilities());
    GovernanceRecord record = records.ofTension(tension.id()).orElseThrow();
    assertThat(record.outcome()).isEqualTo(Tension.Status.ADOPTED);
    assertThat(record.roleVersion()).isEqualTo(after.version());
    assertThat(record.summary()).isEqualTo("changes the role invoice-clerk: adds policy 'Always wait three days past "
        + "the due date before dunning'");
    assertThat(record.objections()).isEqualTo("No objections.");
    assertThat(tensions.require(tension.id()).status()).isEqualTo(Tension.Status.ADOPTED);
    assertThat(driver.passed(tension.runId())).contains(PROPOSAL_ADOPTED).doesNotContain(INTEGRATE_OBJECTIONS);
    assertThat(agentsAsked(tension)).containsExactlyInAnyOrder("accounts", "invoice-clerk", "accounts",
        "finance-reviewer");
  }

  @Test
  void anObjectionIsIntegratedAndTheCeosChangesAreAdopted() {
    AgentRole before = remember("sales");

    Tension tension = raise("ceo", "sales", "Finance sets every discount and deals wait for it",
        "Sales sets the discount budgets for its deals");

    assertThat(tensions.objections(tension.id())).singleElement().satisfies(objection -> {
      assertThat(objection.roleId()).isEqualTo("finance");
      assertThat(objection.criterion()).isEqualTo(Objection.Criterion.HARM);
      assertThat(objection.reason()).contains("Budgets and spending limits");
    });
    assertThat(driver.passed(tension.runId())).containsSubsequence(COLLECT_OBJECTIONS, INTEGRATE_OBJECTIONS,
        COLLECT_OBJECTIONS, DECIDE_ON_PROPOSAL);
    assertThat(tensions.requireProposal(tension.id()).role().accountabilities())
        .contains("Sales sets the discount budgets for its deals (agreed with finance)");
    assertThat(gateShows(tension, ProposalGate.OBJECTIONS)).contains("finance (harm)", "None open.");
    assertThat(driver.gates(tension.runId()).get(DECIDE_ON_PROPOSAL).name())
        .isEqualTo("Decide on the proposal: tension on sales");

    driver.decide(tension.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "changes", "comment",
        "Sales proposes discount budgets, agreed with finance"));
    assertThat(driver.waitingAt(tension.runId())).containsExactly(DECIDE_ON_PROPOSAL);
    driver.decide(tension.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "approve", "comment", "Deals move faster"));

    AgentRole after = roles.require("sales");
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(after.accountabilities()).contains("Sales proposes discount budgets, agreed with finance")
        .doesNotContain("Sales sets the discount budgets for its deals (agreed with finance)");
    GovernanceRecord record = records.ofTension(tension.id()).orElseThrow();
    assertThat(record.reason()).isEqualTo("Deals move faster");
    assertThat(record.objections()).contains("Revision 1:", "finance (harm)");
    assertThat(driver.timesPassed(tension.runId(), DRAFT_PROPOSAL)).isEqualTo(2);
  }

  @Test
  void objectionsLeftAfterTheLastRoundGoToTheCeoWhoRejectsAndNothingChanges() {
    AgentRole before = roles.require("marketing");

    Tension tension = raise("operator", "marketing", "Nobody looks at the channel figures",
        "Marketing should no longer measure which channels bring leads");

    assertThat(driver.timesPassed(tension.runId(), INTEGRATE_OBJECTIONS)).isEqualTo(2);
    assertThat(driver.timesPassed(tension.runId(), COLLECT_OBJECTIONS)).isEqualTo(3);
    assertThat(tensions.objections(tension.id())).hasSize(3).allSatisfy(objection -> {
      assertThat(objection.criterion()).isEqualTo(Objection.Criterion.BACKWARDS);
      assertThat(objection.reason()).contains("Measuring which channels bring leads that become clients");
    });
    assertThat(gateShows(tension, ProposalGate.OBJECTIONS)).contains("1 open against the proposal decided on");

    driver.decide(tension.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "reject", "comment",
        "We need the channel figures for the budget"));

    assertThat(roles.require("marketing")).isEqualTo(before);
    GovernanceRecord record = records.ofTension(tension.id()).orElseThrow();
    assertThat(record.outcome()).isEqualTo(Tension.Status.REJECTED);
    assertThat(record.roleVersion()).isNull();
    assertThat(record.reason()).isEqualTo("We need the channel figures for the budget");
    assertThat(record.summary()).contains("removes accountability 'Measuring which channels");
    assertThat(tensions.require(tension.id()).status()).isEqualTo(Tension.Status.REJECTED);
    assertThat(driver.passed(tension.runId())).contains(PROPOSAL_REJECTED);
  }

  @Test
  void aRetiredRoleIsNoLongerOfferedAndItsHistoryStays() {
    AgentRole before = remember("technical-writer");

    Tension tension = raise("ceo", "technical-writer", "The engineers write their own guides",
        "Retire the role: engineering writes the guides");
    driver.decide(tension.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "approve"));

    assertThat(roles.find("technical-writer")).isEmpty();
    assertThat(roles.all()).extracting(AgentRole::id).doesNotContain("technical-writer");
    assertThat(jdbc.sql("select count(*) from bb_agent_role_version where role_id = 'technical-writer'")
        .query(Long.class).single()).isEqualTo(before.version() + 1L);
    assertThat(records.ofTension(tension.id()).orElseThrow().summary())
        .isEqualTo("retires the role technical-writer: removes " + "accountability '"
            + before.accountabilities().get(0) + "'" + summaryTail(before));
  }

  @Test
  void aProposalTheCatalogCannotTakeAnyMoreCannotBeAdopted() {
    remember("legal");
    Tension tension = raise("ceo", "legal", "Contracts wait for legal", "Only contracts above 5,000 EUR wait for legal");
    AgentRole legal = roles.require("legal");
    // the role changed while the CEO looked at the proposal
    roles.adopt(legal, "test");

    assertThatThrownBy(() -> runs.completeGate(driver.gates(tension.runId()).get(DECIDE_ON_PROPOSAL).id(),
        Map.of("decision", "approve"))).isInstanceOf(GateRefused.class).hasMessageContaining("changed since");
    driver.decide(tension.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "changes", "comment", "Draft it again"));
    driver.decide(tension.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "approve"));

    assertThat(roles.require("legal").accountabilities()).contains("Draft it again");
  }

  @Test
  void theSameRaiserRaisingTheSameOpenTensionGetsTheOpenOne() {
    Tension first = raising.raise("monitor:sales", "negotiator", "Concessions are not written down",
        "Every concession is recorded the day it is made");
    Tension again = raising.raise("monitor:sales", "negotiator", "Concessions are not written down",
        "Every concession is recorded the day it is made");
    Tension byAnother = raising.raise("monitor:delivery", "negotiator", "Concessions are not written down",
        "Every concession is recorded the day it is made");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(byAnother.id()).isNotEqualTo(first.id());
    assertThatThrownBy(() -> raising.raise("monitor:sales", "astrologer", "a", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("astrologer");

    for (Tension raised : java.util.List.of(first, byAnother)) {
      driver.advance(raised.runId());
      driver.decide(raised.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "reject", "comment", "Not now"));
    }
    Tension afterSettling = raise("monitor:sales", "negotiator", "Concessions are not written down",
        "Every concession is recorded the day it is made");
    assertThat(afterSettling.id()).as("a settled tension may be raised anew").isNotEqualTo(first.id());
    driver.decide(afterSettling.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "reject", "comment", "Still not"));
  }

  @Test
  void anAgentBudgetRaisedDraftsAgainAndOneNotRaisedStopsTheTension() {
    Tension raised = heldAtTheAgentBudget("Orders wait for a supplier nobody chose",
        "Every purchase order names the supplier chosen for it");
    assertThat(driver.gates(raised.runId())).containsOnlyKeys(AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET);
    assertThat(driver.gates(raised.runId()).get(AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET).name())
        .endsWith("tension on logistics");
    driver.decide(raised.runId(), AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET, Map.of("decision", "approve",
        "comment", "", PipelineBudget.MAX_CALLS_VARIABLE, 1000));
    assertThat(driver.waitingAt(raised.runId())).containsExactly(DECIDE_ON_PROPOSAL);
    driver.decide(raised.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "reject", "comment", "Not needed"));

    Tension stopped = heldAtTheAgentBudget("Deliveries are planned by hand",
        "Every delivery is planned against the capacity plan");
    driver.decide(stopped.runId(), AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET, Map.of("decision", "reject",
        "comment", "Not worth the spend"));

    assertThat(tensions.require(stopped.id()).status()).isEqualTo(Tension.Status.STOPPED);
    assertThat(records.ofTension(stopped.id())).isEmpty();
    assertThat(driver.passed(stopped.runId())).contains(DECIDE_AGENT_BUDGET, STOPPED_BUDGET_NOT_RAISED);
    Tension again = raise("ceo", "logistics", "Deliveries are planned by hand",
        "Every delivery is planned against the capacity plan");
    assertThat(again.id()).as("a stopped tension may be raised anew").isNotEqualTo(stopped.id());
    driver.decide(again.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "reject", "comment", "Not now"));
  }

  @Test
  void aDraftOfferedAgainAfterItsResultWasLostWritesNoSecondRevision() {
    Tension tension = raising.raise("ceo", "pr", "Press enquiries wait for days",
        "Every press enquiry is answered within a day");

    assertThat(driver.workButLoseTheResults()).isNotEmpty();
    driver.advance(tension.runId());

    assertThat(tensions.requireProposal(tension.id()).revision()).isEqualTo(1);
    assertThat(driver.waitingAt(tension.runId())).containsExactly(DECIDE_ON_PROPOSAL);
    driver.decide(tension.runId(), DECIDE_ON_PROPOSAL, Map.of("decision", "reject", "comment", "Not now"));
  }

  @AfterAll
  void everyFlowNodeIsCoveredAndTheCatalogIsPutBack() {
    changed.forEach((id, role) -> {
      if (!roles.find(id).equals(java.util.Optional.of(role))) {
        roles.adopt(role, "test");
      }
    });
    coverage.assertEveryFlowNodePassed(GovernanceProcess.PROCESS_ID);
  }

  /** A tension about logistics whose run has no agent calls left before its first. */
  private Tension heldAtTheAgentBudget(String whatIs, String whatShouldBe) {
    Tension tension = raising.raise("ceo", "logistics", whatIs, whatShouldBe);
    engine.getRuntimeService().setVariable(tension.runId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);
    driver.advance(tension.runId());
    return tension;
  }

  private Tension raise(String raisedBy, String roleId, String whatIs, String whatShouldBe) {
    Tension tension = raising.raise(raisedBy, roleId, whatIs, whatShouldBe);
    driver.advance(tension.runId());
    return tension;
  }

  private AgentRole remember(String roleId) {
    AgentRole role = roles.require(roleId);
    changed.putIfAbsent(roleId, role);
    return role;
  }

  private String gateShows(Tension tension, String field) {
    return String.valueOf(driver.variable(tension.runId(), field));
  }

  private java.util.List<String> agentsAsked(Tension tension) {
    return jdbc.sql("select role_id from bb_agent_call where pipeline_key = ? order by created_at")
        .param(tension.id()).query(String.class).list();
  }

  private static String summaryTail(AgentRole role) {
    StringBuilder tail = new StringBuilder();
    role.accountabilities().stream().skip(1).forEach(item -> tail.append("; removes accountability '").append(item)
        .append("'"));
    role.domains().forEach(item -> tail.append("; removes domain '").append(item).append("'"));
    role.policies().forEach(item -> tail.append("; removes policy '").append(item).append("'"));
    return tail.toString();
  }
}
