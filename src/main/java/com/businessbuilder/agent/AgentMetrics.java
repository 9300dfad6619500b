package com.businessbuilder.agent;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agent calls as metrics, by role, provider and pipeline (the top-level process the call's work belongs to, e.g.
 * {@code deal-closing}; its quality gates count there): {@code bb_agent_calls_total} (with the outcome),
 * {@code bb_agent_tokens_total} (input, output), {@code bb_agent_cost_total} (in {@code bb.agents.currency}) and
 * {@code bb_agent_latency_seconds}.
 */
@Component
class AgentMetrics {

  private static final int REMEMBERED_PIPELINES = 10_000;

  private final MeterRegistry registry;
  private final JdbcClient jdbc;
  private final String currency;
  private final Map<String, String> pipelineOfKey = new ConcurrentHashMap<>();

  AgentMetrics(MeterRegistry registry, JdbcClient jdbc, AgentProperties properties) {
    this.registry = registry;
    this.jdbc = jdbc;
    this.currency = properties.currency();
  }

  void record(AgentCall call) {
    String pipeline = pipeline(call.pipelineKey());
    String[] tags = {"role", call.roleId(), "provider", call.provider(), "pipeline", pipeline};
    Counter.builder("bb.agent.calls").description("Agent calls to a model (or the offline composer)")
        .tags(tags).tag("outcome", call.outcome().name().toLowerCase()).register(registry).increment();
    Counter.builder("bb.agent.tokens").description("Tokens of agent calls as the provider reported them")
        .tags(tags).tag("direction", "input").register(registry)
        .increment(call.inputTokens() == null ? 0 : call.inputTokens());
    Counter.builder("bb.agent.tokens").description("Tokens of agent calls as the provider reported them")
        .tags(tags).tag("direction", "output").register(registry)
        .increment(call.outputTokens() == null ? 0 : call.outputTokens());
    Counter.builder("bb.agent.cost").description("Cost of agent calls from the price table").baseUnit(currency)
        .tags(tags).register(registry).increment(call.cost().doubleValue());
    Timer.builder("bb.agent.latency").description("How long a model took to answer").tags(tags)
        .publishPercentileHistogram().register(registry).record(Duration.ofMillis(call.latencyMillis()));
  }

  /** The pipeline's top-level process, from the run read model; "none" for work outside a pipeline. */
  private String pipeline(String key) {
    if (key == null) {
      return "none";
    }
    String known = pipelineOfKey.get(key);
    if (known != null) {
      return known;
    }
    String pipeline = jdbc.sql("select process_id from bb_run where correlation_key = ? order by started_at")
        .param(key).query(String.class).list().stream().findFirst().orElse("unknown");
    if (pipelineOfKey.size() >= REMEMBERED_PIPELINES) {
      pipelineOfKey.clear();
    }
    pipelineOfKey.put(key, pipeline);
    return pipeline;
  }
}
