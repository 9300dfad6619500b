package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.testing.ModelCoverage;
import com.businessbuilder.testing.ProcessDriver;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The paths through {@code service-delivery}, its stages and {@code task-execution}, run by the real engine with
 * the real handlers, decisions, quality gates and offline agents, and the offline adapters (outbox, ledger, PDFs)
 * on H2. The whole pipeline from a lead on PostgreSQL is {@link LeadToDeliveredProjectEndToEndTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceDeliveryPathsTest {

  static final List<String> REQUIREMENTS = List.of("A customer portal where dealers order spare parts",
      "Orders reach the ERP within a minute", "Dealers see their order history");

  @Autowired ProcessEngine engine;
  @Autowired ProcessDriver driver;
  @Autowired ModelCoverage coverage;
  @Autowired ProjectSubmission submission;
  @Autowired ProjectRepository projects;
  @Autowired ProjectMessages messages;
  @Autowired WorkTasks tasks;
  @Autowired JdbcClient jdbc;

  @Test
  void projectDeliveredRatedWellAndEveryMilestoneInvoicedOnce() {
    Project project = open("low");

    assertThat(driver.passed(project.runId())).containsSubsequence(PLANNING, "ServiceTask_SetUpProject",
        BREAK_DOWN_TASKS, "BusinessRuleTask_CheckPlanApproval", "EndEvent_PlanApproved", EXECUTION, RUN_TASKS, REVIEW,
        COMPLETION).doesNotContain(APPROVE_PLAN);
    assertThat(tasksOf(project)).hasSize(7).allSatisfy(task -> {
      assertThat(task.status()).isEqualTo(WorkTaskStatus.DONE);
      assertThat(task.qaScore()).isNotNull();
    });
    assertThat(milestones(project)).extracting(Milestone::status).containsOnly(Milestone.DONE);
    assertThat(driver.waitingAt(project.runId())).containsExactly(WAIT_FOR_FEEDBACK);
    assertThat(mails(project)).anyMatch(subject -> subject.startsWith("Milestone 1 delivered"))
        .contains("Your project is complete");
    assertThat(attachments("completion-report-" + project.id())).containsExactly("Deliverable Acme Robotics.pdf");

    accept(project, 1);
    accept(project, 1);
    feedback(project, 5, "Great work, the dealers love the portal");
    accept(project, 2);

    assertThat(view(project).status()).isEqualTo(Project.RUNNING);
    assertThat(view(project).stage()).isEqualTo(ProjectStage.ACCEPTANCE);
    assertThat(view(project).caseStudy()).contains("Acme Robotics", "the dealers love the portal");

    accept(project, 3);

    assertThat(view(project).status()).isEqualTo(Project.DELIVERED);
    assertThat(view(project).stage()).isEqualTo(ProjectStage.DELIVERED);
    assertThat(milestones(project)).extracting(Milestone::status).containsOnly(Milestone.INVOICED);
    assertThat(invoices(project)).hasSize(3);
    assertThat(invoiceTotal(project)).as("the price, the deposit being 0 for a project opened directly")
        .isEqualByComparingTo("30000");
    assertThat(driver.passed(project.runId())).contains(ALL_MILESTONES_INVOICED, END_PROJECT_DELIVERED);
  }

  @AfterAll
  void everyFlowNodeOfTheModelsWasPassed() {
    // filled in as the paths are covered
  }

  // ---- helpers

  Project open(String risk) {
    ProjectSubmission.Opened opened = submission.open(new ProjectRequest("Acme Robotics", "Dana Reyes",
        "dana@acme.example", REQUIREMENTS, new BigDecimal("30000"), "EUR", 8, risk, "Dealers order by phone today"),
        "test", UUID.randomUUID().toString());
    driver.advance(opened.project().runId());
    return opened.project();
  }

  Project view(Project project) {
    return projects.require(project.id());
  }

  List<WorkTask> tasksOf(Project project) {
    return tasks.tasks(project.id());
  }

  List<Milestone> milestones(Project project) {
    return projects.milestones(project.id());
  }

  void accept(Project project, int milestone) {
    messages.receive(view(project), new ProjectMessage(ProjectMessage.MILESTONE_ACCEPTED, milestone, null, null));
    driver.advance(project.runId());
  }

  void feedback(Project project, int rating, String text) {
    messages.receive(view(project), new ProjectMessage(ProjectMessage.FEEDBACK, null, text, rating));
    driver.advance(project.runId());
  }

  List<String> mails(Project project) {
    return jdbc.sql("select subject from bb_mail where deal_id = ? order by created_at").param(project.id())
        .query(String.class).list();
  }

  List<String> attachments(String idempotencyKey) {
    return jdbc.sql("select a.file_name from bb_mail_attachment a join bb_mail m on a.mail_id = m.id "
        + "where m.idempotency_key = ?").param(idempotencyKey).query(String.class).list();
  }

  List<String> invoices(Project project) {
    return jdbc.sql("select number from bb_ledger_invoice where deal_id = ?").param(project.id())
        .query(String.class).list();
  }

  BigDecimal invoiceTotal(Project project) {
    return jdbc.sql("select coalesce(sum(l.amount), 0) from bb_ledger_invoice_line l join bb_ledger_invoice i "
        + "on l.provider = i.provider and l.invoice_id = i.id where i.deal_id = ?").param(project.id())
        .query(BigDecimal.class).single();
  }
}
