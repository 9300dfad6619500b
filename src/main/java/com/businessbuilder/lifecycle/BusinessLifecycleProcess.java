package com.businessbuilder.lifecycle;

/**
 * Names shared by {@code processes/business-lifecycle.bpmn}, its four phase models ({@code lifecycle-planning},
 * {@code lifecycle-execution}, {@code lifecycle-launch}, {@code lifecycle-operations}), their forms and decisions,
 * and the code that drives them. Tasks run through the reusable {@code task-execution} process of the work module.
 */
public final class BusinessLifecycleProcess {

  public static final String PROCESS_ID = "business-lifecycle";
  public static final String LAUNCH_READINESS_DECISION = "launch-readiness";
  public static final String CHANGE_POLICY_DECISION = "initiative-approval-policy";

  /** The phase models, each a call activity of the root model. */
  public static final class Phases {
    public static final String PLANNING = "lifecycle-planning";
    public static final String EXECUTION = "lifecycle-execution";
    public static final String LAUNCH = "lifecycle-launch";
    public static final String OPERATIONS = "lifecycle-operations";

    private Phases() {}
  }

  public static final class Topics {
    // planning
    public static final String ANALYSE = "initiative-analyse";
    public static final String PLAN = "initiative-plan";
    public static final String TEAM = "initiative-team";
    public static final String ESTIMATE = "initiative-estimate";
    // execution
    public static final String NEXT_TASKS = "initiative-next-tasks";
    public static final String REPLAN = "initiative-replan";
    public static final String INSTRUCTION = "initiative-instruction";
    // launch
    public static final String LAUNCH_PLAN = "initiative-launch-plan";
    public static final String READINESS = "initiative-readiness";
    public static final String LAUNCH_RETURN = "initiative-launch-return";
    public static final String ANNOUNCE = "initiative-announce";
    public static final String HAND_OVER = "initiative-hand-over";
    // operations
    public static final String OPERATE = "initiative-operate";
    public static final String CYCLE_OPEN = "initiative-cycle-open";
    public static final String MONITOR_FINANCE = "initiative-monitor-finance";
    public static final String MONITOR_SALES = "initiative-monitor-sales";
    public static final String MONITOR_DELIVERY = "initiative-monitor-delivery";
    public static final String MONITOR_OPERATIONS = "initiative-monitor-operations";
    public static final String IMPROVE = "initiative-improve";
    public static final String IMPROVEMENTS_DROP = "initiative-improvements-drop";
    public static final String STRATEGIC_CHANGE = "initiative-strategic-change";
    public static final String RETIRE = "initiative-retire";
    // root
    public static final String CLOSE = "initiative-close";

    private Topics() {}
  }

  /** Flow nodes the code and the tests refer to. */
  public static final class Elements {
    // root
    public static final String PLANNING = "CallActivity_Planning";
    public static final String EXECUTION = "CallActivity_Execution";
    public static final String LAUNCH = "CallActivity_Launch";
    public static final String OPERATIONS = "CallActivity_Operations";
    public static final String END_REJECTED = "EndEvent_InitiativeRejected";
    public static final String END_RETIRED = "EndEvent_InitiativeRetired";
    public static final String END_STOPPED = "EndEvent_InitiativeStopped";
    // planning
    public static final String APPROVE_PLAN = "UserTask_ApprovePlan";
    public static final String GENERATE_TASKS = "ServiceTask_GenerateTasks";
    // execution
    public static final String RUN_TASKS = "CallActivity_RunTasks";
    public static final String REPLAN_OPEN_WORK = "ServiceTask_Replan";
    public static final String APPROVE_REVISED_PLAN = "UserTask_ApproveRevisedPlan";
    // launch
    public static final String APPROVE_LAUNCH = "UserTask_ApproveLaunch";
    public static final String DECIDE_ON_BLOCKED_LAUNCH = "UserTask_DecideOnBlockedLaunch";
    public static final String END_LAUNCHED = "EndEvent_Launched";
    public static final String END_BACK_TO_EXECUTION = "EndEvent_BackToExecution";
    // operations
    public static final String OPERATE_UNTIL_RETIRED = "ReceiveTask_OperateUntilRetired";
    public static final String CYCLE_DUE = "StartEvent_CycleDue";
    public static final String APPROVE_IMPROVEMENTS = "UserTask_ApproveImprovements";
    public static final String RUN_IMPROVEMENTS = "CallActivity_RunImprovements";

    private Elements() {}
  }

  /** Process variables: ids, limits, timers and the facts gateways route on; the rest is in bb_initiative*. */
  public static final class Variables {
    public static final String INITIATIVE_ID = "initiativeId";
    public static final String MAX_PARALLEL_TASKS = "maxParallelTasks";
    public static final String OPERATIONS_CYCLE = "operationsCycle";
    // planning
    public static final String PLAN_DECISION = "planDecision";
    public static final String PLAN_USABLE = "planUsable";
    // execution
    public static final String WAVE_TASK_IDS = "waveTaskIds";
    public static final String WAVE_SIZE = "waveSize";
    public static final String REPLAN_NEEDED = "replanNeeded";
    public static final String POLICY_STAGE = "policyStage";
    public static final String COST_CHANGE = "costChange";
    public static final String DEADLINE_CHANGE_DAYS = "deadlineChangeDays";
    // launch
    public static final String LAUNCH_TASK_IDS = "launchTaskIds";
    public static final String LAUNCH_TASK_COUNT = "launchTaskCount";
    public static final String CRITICAL_TASKS_OPEN = "criticalTasksOpen";
    public static final String OPEN_INCIDENTS = "openIncidents";
    public static final String BUDGET_LEFT = "budgetLeft";
    public static final String LAUNCH_READY = "launchReady";
    public static final String READINESS_REASON = "readinessReason";
    public static final String REWORK_COUNT = "reworkCount";
    public static final String LAUNCH_GO = "launchGo";
    // operations
    public static final String PERIOD = "period";
    public static final String IMPROVEMENT_TASK_IDS = "improvementTaskIds";
    public static final String IMPROVEMENT_COUNT = "improvementCount";
    public static final String CHANGE_DECISION = "changeDecision";

    private Variables() {}
  }

  /** Messages the CEO sends through {@code POST /api/initiatives/{id}/messages}; each is stored before it is sent. */
  public static final class Messages {
    public static final String INSTRUCTION = "initiative-instruction";
    public static final String STRATEGIC_CHANGE = "initiative-strategic-change";
    public static final String RETIRED = "initiative-retired";
    public static final String STOPPED = "initiative-stopped";

    private Messages() {}
  }

  private BusinessLifecycleProcess() {}
}
