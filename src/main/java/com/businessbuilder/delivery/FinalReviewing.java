package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.*;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.quality.QaChecks;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Review the whole deliverable": objective checks first (every requirement served by a done task, no placeholder
 * in any output), then the delivery reviewer agent against the requirements and the acceptance criteria. Gaps that
 * name a task send it back (rework) while rounds are left; gaps no task can close, or a review that still finds
 * gaps after the last round, go to the CEO (escalate).
 */
@Component
class FinalReviewing implements TaskHandler {

  static final String ROLE = "delivery-reviewer";
  static final String READY = "ready";
  static final String REWORK = "rework";
  static final String ESCALATE = "escalate";

  private final ProjectRepository projects;
  private final WorkTasks tasks;
  private final Deliverables deliverables;
  private final Agents agents;

  FinalReviewing(ProjectRepository projects, WorkTasks tasks, Deliverables deliverables, Agents agents) {
    this.projects = projects;
    this.tasks = tasks;
    this.deliverables = deliverables;
    this.agents = agents;
  }

  @Override
  public String topic() {
    return ServiceDeliveryProcess.Topics.FINAL_REVIEW;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Project project = projects.require(item.require(PROJECT_ID));
    List<WorkTask> done = tasks.tasks(project.id()).stream().filter(t -> t.status() == WorkTaskStatus.DONE).toList();
    Map<String, String> outputs = new LinkedHashMap<>();
    done.forEach(task -> outputs.put(task.key(), deliverables.finalVersion(task.deliverableId())
        .map(v -> v.content()).orElse("")));
    List<String> unassignable = new ArrayList<>();
    Map<String, String> gaps = new LinkedHashMap<>();
    for (int requirement = 1; requirement <= project.requirements().size(); requirement++) {
      int number = requirement;
      if (done.stream().noneMatch(task -> task.covers().contains(number))) {
        unassignable.add("Requirement " + number + " (" + project.requirements().get(number - 1)
            + ") is served by no finished task");
      }
    }
    outputs.forEach((key, content) -> {
      var placeholders = QaChecks.placeholders(content);
      if (!placeholders.passed()) {
        gaps.put(key, placeholders.detail());
      }
    });
    FinalReview review = agents.ask(new Assignment(ROLE, topic(), item, inputs(project, done, outputs)),
        FinalReview.class, answer -> answer.findings().stream()
            .filter(finding -> !outputs.containsKey(finding.taskKey()))
            .map(finding -> "finding for " + finding.taskKey() + " names no finished task; use one of "
                + outputs.keySet()).toList());
    review.findings().forEach(finding -> gaps.merge(finding.taskKey(), finding.problem(), (a, b) -> a + "; " + b));
    int round = project.reviewRound() + 1;
    String findings = describe(unassignable, gaps);
    projects.recordReview(project.id(), round, findings.isEmpty() ? null : findings);
    int maxRounds = item.integer(MAX_REVIEW_ROUNDS) == null ? 0 : item.integer(MAX_REVIEW_ROUNDS);
    String outcome;
    List<String> rework = new ArrayList<>();
    if (unassignable.isEmpty() && gaps.isEmpty() && Boolean.TRUE.equals(review.passed())) {
      outcome = READY;
    } else if (unassignable.isEmpty() && !gaps.isEmpty() && round <= maxRounds) {
      outcome = REWORK;
      Set<String> keys = gaps.keySet();
      done.stream().filter(task -> keys.contains(task.key())).map(WorkTask::id).forEach(rework::add);
    } else {
      outcome = ESCALATE;
    }
    return Map.of(REVIEW_OUTCOME, outcome, REWORK_TASK_IDS, rework);
  }

  private static Map<String, Object> inputs(Project project, List<WorkTask> done, Map<String, String> outputs) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("company", project.company());
    inputs.put("requirements", TaskPlanning.numbered(project.requirements()));
    inputs.put("deliverable", done.stream().map(task -> "## " + task.key() + " " + task.title()
        + "\nAcceptance criteria: " + String.join("; ", task.acceptanceCriteria()) + "\n\n" + outputs.get(task.key()))
        .collect(Collectors.joining("\n\n")));
    return inputs;
  }

  private static String describe(List<String> unassignable, Map<String, String> gaps) {
    List<String> lines = new ArrayList<>(unassignable);
    gaps.forEach((key, problem) -> lines.add(key + ": " + problem));
    return String.join("\n", lines);
  }
}
