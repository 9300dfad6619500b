package com.businessbuilder.agent;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail of agent calls ({@code bb_agent_call}). Each call is committed on its own as soon as the model
 * answered, never in a caller's transaction: what was paid for is on record even if the task that asked fails or its
 * worker dies before the task completes, and the task offered again finds the answer ({@link #answered}).
 */
@Repository
class AgentCallLog {

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final AgentMetrics metrics;

  AgentCallLog(JdbcClient jdbc, PlatformTransactionManager transactions, AgentMetrics metrics) {
    this.jdbc = jdbc;
    this.metrics = metrics;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Records a call; {@code questionHash} identifies what the piece of work asked (re-asks keep the first's). */
  void record(AgentCall call, String questionHash) {
    ownTransaction.executeWithoutResult(status -> jdbc.sql("""
            insert into bb_agent_call (id, pipeline_key, process_instance_id, activity_id, work_item_id, question_hash,
              role_id, task, provider, model, system_prompt, prompt, response, input_tokens, output_tokens, cost,
              latency_ms, outcome, error, offline, created_at, reuses)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(call.id(), call.pipelineKey(), call.processInstanceId(), call.activityId(), call.workItemId(),
            questionHash, call.roleId(), call.task(), call.provider(), call.model(), call.systemPrompt(),
            call.prompt(), call.response(), call.inputTokens(), call.outputTokens(), call.cost(),
            call.latencyMillis(), call.outcome().name(), call.error(), call.offline(),
            Timestamp.from(call.createdAt()), call.reuses())
        .update());
    metrics.record(call);
  }

  /** The usable answer the piece of work already got to this question, if any. */
  Optional<AgentCall> answered(String workItemId, String questionHash) {
    return jdbc.sql("""
            select * from bb_agent_call where work_item_id = ? and question_hash = ? and outcome = 'ANSWERED'
            order by created_at desc, id""")
        .params(workItemId, questionHash).query(AgentCallLog::call).list().stream().findFirst();
  }

  /** Notes that a recorded answer was used again instead of asking the model. */
  void noteReuse(String callId) {
    ownTransaction.executeWithoutResult(status ->
        jdbc.sql("update bb_agent_call set reuses = reuses + 1 where id = ?").param(callId).update());
  }

  List<AgentCall> ofProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from bb_agent_call where process_instance_id = ? order by created_at, id")
        .param(processInstanceId).query(AgentCallLog::call).list();
  }

  /** Every call made for a pipeline, in its own run and in the runs it called (its quality gates). */
  List<AgentCall> ofPipeline(String pipelineKey) {
    return jdbc.sql("select * from bb_agent_call where pipeline_key = ? order by created_at, id")
        .param(pipelineKey).query(AgentCallLog::call).list();
  }

  Spend spendOf(String pipelineKey) {
    return jdbc.sql("select count(*) as calls, coalesce(sum(cost), 0) as cost from bb_agent_call where pipeline_key = ?")
        .param(pipelineKey)
        .query((rs, row) -> new Spend(rs.getLong("calls"), rs.getBigDecimal("cost")))
        .single();
  }

  /** What a pipeline has used so far. */
  record Spend(long calls, BigDecimal cost) {}

  private static AgentCall call(ResultSet rs, int row) throws SQLException {
    return new AgentCall(rs.getString("id"), rs.getString("pipeline_key"), rs.getString("process_instance_id"),
        rs.getString("activity_id"), rs.getString("work_item_id"), rs.getString("role_id"), rs.getString("task"),
        rs.getString("provider"), rs.getString("model"), rs.getString("system_prompt"), rs.getString("prompt"),
        rs.getString("response"), rs.getObject("input_tokens", Integer.class),
        rs.getObject("output_tokens", Integer.class), rs.getBigDecimal("cost"), rs.getLong("latency_ms"),
        AgentCall.Outcome.valueOf(rs.getString("outcome")), rs.getString("error"), rs.getBoolean("offline"),
        rs.getTimestamp("created_at").toInstant(), rs.getInt("reuses"));
  }
}
