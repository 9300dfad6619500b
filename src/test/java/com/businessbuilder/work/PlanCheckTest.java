package com.businessbuilder.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What a planner's plan must be beyond its shape, checked against the real role catalog. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanCheckTest {

  static final Set<String> MILESTONES = Set.of("1", "2");

  @Autowired PlanCheck check;

  @Test
  void aSoundPlanHasNoProblems() {
    WorkPlan plan = new WorkPlan(List.of(task("T1", "1", List.of(), 1), task("T2", "2", List.of("T1"), 2)));

    assertThat(check.problems(plan, 2, MILESTONES, Set.of())).isEmpty();
  }

  @Test
  void rolesOutsideTheCatalogOrInTheWrongPlaceAreNamedWithWhatToUse() {
    WorkPlan plan = new WorkPlan(List.of(
        new WorkPlan.Task("T1", "Design", "Design it.", List.of("It is designed"), "wizard", "engineering-reviewer",
            1, BigDecimal.TEN, List.of(), "1", List.of(1)),
        new WorkPlan.Task("T2", "Build", "Build it.", List.of("It works"), "engineering-reviewer",
            "software-engineer", 1, BigDecimal.TEN, List.of("T1"), "2", List.of(2))));

    assertThat(check.problems(plan, 2, MILESTONES, Set.of())).containsExactly(
        problemStartingWith(check.problems(plan, 2, MILESTONES, Set.of()), "task T1 names the role 'wizard', which "
            + "is not in the catalog; use one of ["),
        "task T2 names 'engineering-reviewer' as its producer, but it is a reviewer",
        "task T2 names 'software-engineer' as its reviewer, but it is a producer");
    assertThat(check.problems(plan, 2, MILESTONES, Set.of()).get(0)).contains("software-engineer")
        .doesNotContain("engineering-reviewer");
  }

  @Test
  void dependenciesMustNameTasksOfThePlanAndFormNoCycle() {
    WorkPlan plan = new WorkPlan(List.of(task("T1", "1", List.of("T3"), 1), task("T2", "1", List.of("T1"), 2),
        task("T3", "2", List.of("T2"), 1), task("T4", "2", List.of("T9", "T4"), 2)));

    List<String> problems = check.problems(plan, 2, MILESTONES, Set.of());

    assertThat(problems).contains("task T4 depends on T9, which is not a task of the plan",
        "task T4 depends on itself");
    assertThat(problems).anyMatch(problem -> problem.contains("cycle") && problem.contains("T1")
        && problem.contains("T2") && problem.contains("T3"));
  }

  @Test
  void everyRequirementIsServedAndNoTaskServesOneThatIsNotThere() {
    WorkPlan plan = new WorkPlan(List.of(task("T1", "1", List.of(), 1), task("T2", "2", List.of(), 5)));

    assertThat(check.problems(plan, 3, MILESTONES, Set.of())).containsExactly(
        "task T2 covers requirement 5, but there are only 3",
        "no task covers requirements [2, 3]; add or extend tasks so that every requirement is served");
  }

  @Test
  void keysAreUniqueGroupsKnownAndAReplanBuildsOnFinishedTasksWithoutReusingTheirKeys() {
    WorkPlan plan = new WorkPlan(List.of(task("T1", "1", List.of(), 1), task("T1", "7", List.of(), 2),
        task("T5", "2", List.of("T3"), 1)));

    assertThat(check.problems(plan, 2, MILESTONES, Set.of("T3"))).containsExactlyInAnyOrder(
        "task key T1 is used twice; give every task its own key",
        "task T1 is in group '7'; use one of " + MILESTONES);
    assertThat(check.problems(new WorkPlan(List.of(task("T3", "1", List.of(), 1))), 2, MILESTONES, Set.of("T3")))
        .containsExactly("task key T3 belongs to a finished task; give the new task a new key");
    assertThat(check.problems(new WorkPlan(List.of(task("T1", "any department", List.of(), 1))), 1, Set.of(),
        Set.of())).as("without groups, any group will do").isEmpty();
  }

  private static String problemStartingWith(List<String> problems, String start) {
    return problems.stream().filter(problem -> problem.startsWith(start)).findFirst().orElse(start + "...");
  }

  private static WorkPlan.Task task(String key, String group, List<String> dependsOn, int covers) {
    return new WorkPlan.Task(key, "Task " + key, "Do " + key + ".", new ArrayList<>(List.of("It is done")),
        "software-engineer", "engineering-reviewer", 2, new BigDecimal("8"), dependsOn, group, List.of(covers));
  }
}
