package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.OPEN_MILESTONES;
import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.PROJECT_ID;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Set up the project": its milestones, once. Short projects have two (build, handover), longer ones three
 * (design and setup, build, handover and launch), due at even steps up to the SLA's delivery date; each bills an
 * even share of what the deposit did not. A re-plan finds them and changes nothing.
 */
@Component
class ProjectSetup implements TaskHandler {

  static final List<String> TWO = List.of("Build", "Handover");
  static final List<String> THREE = List.of("Design and setup", "Build", "Handover and launch");

  private final ProjectRepository projects;

  ProjectSetup(ProjectRepository projects) {
    this.projects = projects;
  }

  @Override
  public String topic() {
    return ServiceDeliveryProcess.Topics.SET_UP;
  }

  @Override
  @Transactional
  public Map<String, Object> handle(WorkItem item) {
    Project project = projects.require(item.require(PROJECT_ID));
    List<Milestone> milestones = projects.milestones(project.id());
    if (milestones.isEmpty()) {
      List<String> names = project.deliveryWeeks() <= 4 ? TWO : THREE;
      BigDecimal toBill = project.price().subtract(project.depositInvoiced()).max(BigDecimal.ZERO);
      BigDecimal share = toBill.divide(BigDecimal.valueOf(names.size()), 2, RoundingMode.DOWN);
      LocalDate start = project.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
      long days = project.dueDate().toEpochDay() - start.toEpochDay();
      for (int i = 1; i <= names.size(); i++) {
        BigDecimal amount = i < names.size() ? share : toBill.subtract(share.multiply(BigDecimal.valueOf(i - 1)));
        LocalDate due = i < names.size() ? start.plusDays(days * i / names.size()) : project.dueDate();
        projects.insertMilestone(project.id(), i, names.get(i - 1), due, amount);
      }
      milestones = projects.milestones(project.id());
    }
    return Map.of(OPEN_MILESTONES, milestones.stream().filter(m -> !Milestone.INVOICED.equals(m.status())).count());
  }
}
