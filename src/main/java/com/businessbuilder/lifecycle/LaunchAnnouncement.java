package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.INITIATIVE_ID;

import com.businessbuilder.mail.Mailer;
import com.businessbuilder.mail.OutgoingMail;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Announce the launch": every stakeholder ({@code bb.lifecycle.stakeholders}) hears what goes live and what each
 * department delivered, through the {@link Mailer} port, once each (an idempotency key per initiative and address).
 */
@Component
class LaunchAnnouncement implements TaskHandler {

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;
  private final ObjectProvider<Mailer> mailer;
  private final LifecycleProperties properties;

  LaunchAnnouncement(InitiativeRepository initiatives, WorkTasks tasks, ObjectProvider<Mailer> mailer,
      LifecycleProperties properties) {
    this.initiatives = initiatives;
    this.tasks = tasks;
    this.mailer = mailer;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.ANNOUNCE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Initiative initiative = initiatives.require(item.require(INITIATIVE_ID));
    List<WorkTask> done = tasks.tasks(initiative.id()).stream().filter(task -> task.status() == WorkTaskStatus.DONE)
        .toList();
    String delivered = done.stream().collect(Collectors.groupingBy(task -> task.group() == null ? "other"
            : task.group(), java.util.TreeMap::new, Collectors.mapping(WorkTask::title, Collectors.toList())))
        .entrySet().stream().map(entry -> "- " + entry.getKey() + ": " + String.join("; ", entry.getValue()))
        .collect(Collectors.joining("\n"));
    String body = "Hello,\n\nwe launch \"" + initiative.goal() + "\" today.\n\nWhat each department delivered:\n"
        + delivered + "\n\nFrom now on the department monitors watch it and propose improvements.\n\n"
        + "The Business Builder team";
    for (String address : properties.stakeholders()) {
      mailer.getObject().send(new OutgoingMail("launch-" + initiative.id() + "-" + address, initiative.id(), address,
          "Launched: " + initiative.title(), body, List.of()));
    }
    return Map.of();
  }
}
