package com.businessbuilder.work;

/**
 * Names shared by {@code processes/task-execution.bpmn} and the code that drives it: one planned task through the
 * quality gate, called by a pipeline for each task it runs (a multi-instance call activity over
 * {@link Variables#WORK_TASK_ID}).
 */
public final class TaskExecutionProcess {

  public static final String PROCESS_ID = "task-execution";

  public static final class Topics {
    public static final String BRIEF = "work-task-brief";
    public static final String RECORD = "work-task-record";
    public static final String SETTLE = "work-task-settle";

    private Topics() {}
  }

  public static final class Elements {
    public static final String START_TASK_ASSIGNED = "StartEvent_TaskAssigned";
    public static final String BRIEF_TASK = "ServiceTask_BriefTask";
    public static final String PRODUCE_OUTPUT = "CallActivity_ProduceOutput";
    public static final String RECORD_OUTCOME = "ServiceTask_RecordOutcome";
    public static final String GATEWAY_OUTPUT_USABLE = "Gateway_OutputUsable";
    public static final String END_TASK_DONE = "EndEvent_TaskDone";
    public static final String DECIDE_ON_FAILED_TASK = "UserTask_DecideOnFailedTask";
    public static final String GATEWAY_CEO_DECISION = "Gateway_CeoDecision";
    public static final String SETTLE_FAILED_TASK = "ServiceTask_SettleFailedTask";
    public static final String END_TASK_SETTLED = "EndEvent_TaskSettled";
    public static final String END_TASK_SENT_BACK = "EndEvent_TaskSentBack";

    private Elements() {}
  }

  public static final class Variables {
    /** the task this run carries out (input) */
    public static final String WORK_TASK_ID = "workTaskId";
    /** whether the quality gate's outcome can be used (PASSED or ACCEPTED) */
    public static final String TASK_USABLE = "taskUsable";
    /** (input, optional) {@link #TO_PLANNING}: a failed task goes back to the planner, not to the CEO */
    public static final String FAILED_TASKS_TO = "failedTasksTo";
    public static final String TO_PLANNING = "planning";
    /** whether a failed task went back to planning */
    public static final String SEND_FAILED_TO_PLANNING = "sendFailedToPlanning";

    private Variables() {}
  }

  private TaskExecutionProcess() {}
}
