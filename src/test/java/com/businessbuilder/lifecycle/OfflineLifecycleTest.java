package com.businessbuilder.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.agent.llm.LlmQuestion;
import com.businessbuilder.work.WorkPlan;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The offline planner fits its plan to the goal given: the kind of business, its subject, the CEO's words. */
class OfflineLifecycleTest {

  final ObjectMapper json = new ObjectMapper();
  final OfflineLifecycle.Planner planner = new OfflineLifecycle.Planner(json);

  @Test
  void aShopASoftwareProductAndAConsultingPracticeGetDifferentDepartmentsAndTasks() throws Exception {
    WorkPlan shop = plan("Open an online shop for handmade furniture within 90 days", "");
    WorkPlan software = plan("Launch a SaaS tool that plans delivery routes for bakeries", "");
    WorkPlan consulting = plan("Start a consulting practice for warehouse automation", "");

    assertThat(departments(shop)).contains("logistics", "legal").doesNotContain("it", "hr");
    assertThat(departments(software)).contains("it", "quality").doesNotContain("logistics", "hr");
    assertThat(departments(consulting)).contains("hr", "sales").doesNotContain("it", "logistics");
    assertThat(titles(shop)).anyMatch(title -> title.contains("handmade furniture"));
    assertThat(titles(software)).anyMatch(title -> title.contains("SaaS tool that plans delivery routes"));
    assertThat(titles(shop)).doesNotContainAnyElementsOf(titles(software));
  }

  @Test
  void aReplanKeepsTheFinishedTasksContinuesTheirKeysAndAddsTheCeosInstruction() throws Exception {
    WorkPlan first = plan("Open an online shop for handmade furniture", "");
    WorkPlan.Task done = first.tasks().get(0);

    WorkPlan again = plan("Open an online shop for handmade furniture", done.key() + " " + done.title() + " (done)",
        "T11 Act on the CEO's instruction: Add gift cards", "The CEO's instruction: Offer delivery to the room");

    assertThat(titles(again)).doesNotContain(done.title())
        .contains("Act on the CEO's instruction: Add gift cards", "Act on the CEO's instruction: Offer delivery to "
            + "the room");
    assertThat(again.tasks()).extracting(WorkPlan.Task::key).doesNotContain(done.key())
        .allSatisfy(key -> assertThat(Integer.parseInt(key.substring(1))).isGreaterThan(1));
    assertThat(again.tasks()).filteredOn(task -> task.dependsOn().contains(done.key())).isNotEmpty();
  }

  @Test
  void theSubjectIsWhatTheGoalIsAbout() {
    assertThat(OfflineLifecycle.subject("Open an online shop for handmade furniture within 90 days"))
        .isEqualTo("an online shop for handmade furniture");
    assertThat(OfflineLifecycle.subject("Grow revenue by 20 %")).isEqualTo("Grow revenue by 20 %");
  }

  WorkPlan plan(String goal, String settled) throws Exception {
    return plan(goal, settled, "", "This is the first plan.");
  }

  WorkPlan plan(String goal, String settled, String open, String reason) throws Exception {
    LlmQuestion question = new LlmQuestion("project-manager", BusinessLifecycleProcess.Topics.PLAN, "", "",
        Map.of("goal", goal, "requirements", "1. The goal: " + goal + "\n2. Constraint: Sell only in the EU",
            "settledTasks", settled, "openTasks", open, "replanReason", reason), WorkPlan.class);
    return json.readValue(planner.compose(question), WorkPlan.class);
  }

  static Set<String> departments(WorkPlan plan) {
    return plan.tasks().stream().map(WorkPlan.Task::group).collect(Collectors.toSet());
  }

  static List<String> titles(WorkPlan plan) {
    return plan.tasks().stream().map(WorkPlan.Task::title).toList();
  }
}
