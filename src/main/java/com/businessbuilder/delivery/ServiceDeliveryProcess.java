package com.businessbuilder.delivery;

/**
 * Names shared by {@code processes/service-delivery.bpmn}, its stages ({@code delivery-planning},
 * {@code delivery-execution}, {@code delivery-review}, {@code delivery-completion}), their forms and decisions, and
 * the code that drives them. Tasks run through the reusable {@code task-execution} process of the work module.
 */
public final class ServiceDeliveryProcess {

  public static final String PROCESS_ID = "service-delivery";
  public static final String PLAN_APPROVAL_DECISION = "plan-approval";

  /** The stage models, each a call activity of the root model. */
  public static final class Stages {
    public static final String PLANNING = "delivery-planning";
    public static final String EXECUTION = "delivery-execution";
    public static final String REVIEW = "delivery-review";
    public static final String COMPLETION = "delivery-completion";

    private Stages() {}
  }

  public static final class Topics {
    public static final String SET_UP = "project-set-up";
    public static final String PLAN = "project-plan";
    public static final String NEXT_TASKS = "project-next-tasks";
    public static final String MILESTONE_REPORT = "project-milestone-report";
    public static final String PROGRESS_REPORT = "project-progress-report";
    public static final String DEADLINE_CHECK = "project-deadline-check";
    public static final String DEADLINE_DECISION = "project-deadline-decision";
    public static final String COMPILE = "project-compile";
    public static final String FINAL_REVIEW = "project-final-review";
    public static final String REWORK = "project-rework";
    public static final String COMPLETION_REPORT = "project-completion-report";
    public static final String FEEDBACK_REMINDER = "project-feedback-reminder";
    public static final String NO_FEEDBACK = "project-no-feedback";
    public static final String FEEDBACK = "project-feedback";
    public static final String CASE_STUDY = "project-case-study";
    public static final String ACCEPTANCE_REMINDER = "project-acceptance-reminder";
    public static final String DELIVERED = "project-delivered";
    public static final String STOPPED = "project-stopped";
    public static final String MILESTONE_INVOICE = "project-milestone-invoice";
    public static final String CHANGE_ASSESS = "project-change-assess";
    public static final String CHANGE_APPLY = "project-change-apply";
    public static final String CHANGE_DECLINE = "project-change-decline";

    private Topics() {}
  }

  /** Flow nodes the code and the tests refer to. */
  public static final class Elements {
    // root
    public static final String START_PROJECT_OPENED = "StartEvent_ProjectOpened";
    public static final String PLANNING = "CallActivity_Planning";
    public static final String EXECUTION = "CallActivity_Execution";
    public static final String REVIEW = "CallActivity_Review";
    public static final String COMPLETION = "CallActivity_Completion";
    public static final String DECIDE_ON_DELIVERABLE = "UserTask_DecideOnDeliverable";
    public static final String DECIDE_ON_OVERDUE_MILESTONE = "UserTask_DecideOnOverdueMilestone";
    public static final String APPROVE_CHANGE = "UserTask_ApproveChange";
    public static final String ALL_MILESTONES_INVOICED = "IntermediateCatchEvent_AllMilestonesInvoiced";
    public static final String ACCEPTANCE_OVERDUE = "IntermediateCatchEvent_AcceptanceOverdue";
    public static final String PROGRESS_REPORT_DUE = "BoundaryEvent_ProgressReportDue";
    public static final String DEADLINE_CHECK_DUE = "BoundaryEvent_DeadlineCheckDue";
    public static final String END_PROJECT_DELIVERED = "EndEvent_ProjectDelivered";
    public static final String END_PROJECT_STOPPED = "EndEvent_ProjectStopped";
    // planning
    public static final String APPROVE_PLAN = "UserTask_ApprovePlan";
    public static final String BREAK_DOWN_TASKS = "ServiceTask_BreakDownTasks";
    // execution
    public static final String RUN_TASKS = "CallActivity_RunTasks";
    // review
    public static final String REWORK_TASKS = "CallActivity_ReworkTasks";
    public static final String REVIEW_DELIVERABLE = "ServiceTask_ReviewDeliverable";
    // completion
    public static final String WAIT_FOR_FEEDBACK = "ReceiveTask_WaitForFeedback";
    public static final String FEEDBACK_REMINDER_DUE = "BoundaryEvent_FeedbackReminderDue";
    public static final String FEEDBACK_DEADLINE = "BoundaryEvent_FeedbackDeadline";
    public static final String LOOK_INTO_LOW_RATING = "UserTask_LookIntoLowRating";

    private Elements() {}
  }

  /** Process variables: ids, counters, limits, timers and the facts gateways route on; the rest is in bb_project*. */
  public static final class Variables {
    public static final String PROJECT_ID = "projectId";
    public static final String RISK = "risk";
    public static final String PROJECT_PRICE = "projectPrice";
    public static final String MAX_PARALLEL_TASKS = "maxParallelTasks";
    public static final String MAX_REVIEW_ROUNDS = "maxReviewRounds";
    public static final String PROGRESS_REPORT_CYCLE = "progressReportCycle";
    public static final String DEADLINE_CHECK_CYCLE = "deadlineCheckCycle";
    public static final String FEEDBACK_REMINDER_CYCLE = "feedbackReminderCycle";
    public static final String FEEDBACK_DEADLINE = "feedbackDeadline";
    public static final String ACCEPTANCE_REMINDER_WAIT = "acceptanceReminderWait";
    /** milestones not yet invoiced; the project is delivered at 0 */
    public static final String OPEN_MILESTONES = "openMilestones";
    // planning
    public static final String PLAN_USABLE = "planUsable";
    public static final String COST_SHARE = "costShare";
    public static final String TASK_COUNT = "taskCount";
    // execution
    public static final String WAVE_TASK_IDS = "waveTaskIds";
    public static final String REPLAN_NEEDED = "replanNeeded";
    // review
    /** ready, rework or escalate */
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String REWORK_TASK_IDS = "reworkTaskIds";
    // deadlines, feedback, changes
    public static final String OVERDUE_MILESTONE = "overdueMilestone";
    public static final String RATING = "rating";
    public static final String CHANGE_ID = "changeId";
    public static final String CHANGE_PRICE = "changePrice";
    public static final String STOP_REASON = "stopReason";

    private Variables() {}
  }

  /** Messages a client sends through {@code POST /api/projects/{id}/messages}; each is stored before it is sent. */
  public static final class Messages {
    public static final String MILESTONE_ACCEPTED = "MilestoneAccepted";
    public static final String CHANGE_REQUESTED = "ChangeRequested";
    public static final String CLIENT_FEEDBACK = "ClientFeedback";

    private Messages() {}
  }

  private ServiceDeliveryProcess() {}
}
