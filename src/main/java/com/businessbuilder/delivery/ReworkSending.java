package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.*;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Send the work back": the tasks the final review named run again, each with the review's finding (and the CEO's
 * comment when the CEO asked for one more round) as its guidance. After the CEO's "one more round" the review gets
 * exactly one more round before it comes back to the CEO.
 */
@Component
class ReworkSending implements TaskHandler {

  private final ProjectRepository projects;
  private final WorkTasks tasks;

  ReworkSending(ProjectRepository projects, WorkTasks tasks) {
    this.projects = projects;
    this.tasks = tasks;
  }

  @Override
  public String topic() {
    return ServiceDeliveryProcess.Topics.REWORK;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Project project = projects.require(item.require(PROJECT_ID));
    String findings = project.reviewFindings() == null ? "" : project.reviewFindings();
    boolean ceoRound = ApprovalDecision.CHANGES.value().equals(item.string(ApprovalDecision.VARIABLE));
    String ceo = ceoRound ? item.string(ApprovalDecision.COMMENT_VARIABLE) : null;
    List<String> ids = new ArrayList<>();
    for (WorkTask task : tasks.tasks(project.id())) {
      String finding = findingFor(task, findings);
      if (finding != null || (ceoRound && findings.isBlank() && task.status() == WorkTaskStatus.DONE)) {
        ids.add(task.id());
        tasks.rework(List.of(task.id()), join(finding, ceo == null ? null : "The CEO: " + ceo));
      }
    }
    if (ceoRound) {
      int maxRounds = item.integer(MAX_REVIEW_ROUNDS) == null ? 0 : item.integer(MAX_REVIEW_ROUNDS);
      projects.recordReview(project.id(), Math.max(0, maxRounds - 1), project.reviewFindings());
    }
    return Map.of(REWORK_TASK_IDS, ids);
  }

  /** The review's line about this task ("T3: ..."), if it named it. */
  private static String findingFor(WorkTask task, String findings) {
    return findings.lines().filter(line -> line.startsWith(task.key() + ": "))
        .map(line -> line.substring(task.key().length() + 2)).findFirst().orElse(null);
  }

  private static String join(String first, String second) {
    return first == null ? second : second == null ? first : first + " " + second;
  }
}
