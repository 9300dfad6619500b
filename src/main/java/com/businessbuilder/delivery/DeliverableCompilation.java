package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.PROJECT_ID;

import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.MarkdownHtml;
import com.businessbuilder.documents.Documents;
import com.businessbuilder.documents.PdfDocuments;
import com.businessbuilder.documents.StoredDocument;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Compile the deliverable": the final outputs of the done tasks, in plan order, rendered as one PDF (cover,
 * summary, requirements, each component with the acceptance criteria it meets) and filed with the project's
 * documents, a new version each time.
 */
@Component
class DeliverableCompilation implements TaskHandler {

  private final ProjectRepository projects;
  private final WorkTasks tasks;
  private final Deliverables deliverables;
  private final ObjectProvider<PdfDocuments> pdfs;
  private final Documents documents;

  DeliverableCompilation(ProjectRepository projects, WorkTasks tasks, Deliverables deliverables,
      ObjectProvider<PdfDocuments> pdfs, Documents documents) {
    this.projects = projects;
    this.tasks = tasks;
    this.deliverables = deliverables;
    this.pdfs = pdfs;
    this.documents = documents;
  }

  @Override
  public String topic() {
    return ServiceDeliveryProcess.Topics.COMPILE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Project project = projects.require(item.require(PROJECT_ID));
    List<Map<String, Object>> components = done(project).stream().map(this::component).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("projectId", project.id());
    model.put("date", java.time.LocalDate.now());
    model.put("clientName", project.company());
    model.put("contactName", project.contactName());
    model.put("requirements", project.requirements());
    model.put("summary", "This document collects what we delivered for " + project.company() + ": "
        + components.size() + " components, each checked against its acceptance criteria before it was included.");
    model.put("components", components);
    int version = documents.latest(project.id(), DocumentKind.DELIVERABLE).map(d -> d.version() + 1).orElse(1);
    model.put("version", version);
    byte[] pdf = pdfs.getObject().render(PdfDocuments.PROJECT_DELIVERABLE, model);
    StoredDocument stored = documents.store(project.id(), DocumentKind.DELIVERABLE,
        "Deliverable " + project.company() + ".pdf", pdf);
    projects.recordDocument(project.id(), stored.id());
    return Map.of();
  }

  List<WorkTask> done(Project project) {
    return tasks.tasks(project.id()).stream().filter(task -> task.status() == WorkTaskStatus.DONE).toList();
  }

  private Map<String, Object> component(WorkTask task) {
    String content = deliverables.finalVersion(task.deliverableId()).map(v -> v.content()).orElse("");
    return Map.of("title", task.key() + " " + task.title(), "criteria", String.join("; ", task.acceptanceCriteria()),
        "content", content, "html", MarkdownHtml.render(content));
  }
}
