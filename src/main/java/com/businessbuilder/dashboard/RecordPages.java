package com.businessbuilder.dashboard;

import com.businessbuilder.approval.GateRecord;
import com.businessbuilder.dashboard.RecordPage.TimelineEntry;
import com.businessbuilder.engine.RunDiagrams;
import com.businessbuilder.engine.RunDiagrams.OpenIncident;
import com.businessbuilder.engine.RunDiagrams.ProcessInTree;
import com.businessbuilder.engine.RunDiagrams.RunTrail;
import com.businessbuilder.engine.RunDiagrams.StepRecord;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A pipeline record's page: the pipeline's own facts and events ({@link PipelineBoard#page}), and what every
 * pipeline has — the steps of its run, the CEO's gates and decisions ({@code bb_gate}), the agents' calls with
 * tokens and cost ({@code bb_agent_call}), the QA of its deliverables — and its run on the deployed models. A fixed
 * number of queries per page, whatever the number of runs.
 */
@Service
class RecordPages {

  /** Elements that are not steps a person would call one. */
  private static final Set<String> NOT_STEPS = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
      "eventBasedGateway", "multiInstanceBody", "sequenceFlow");

  private final Boards boards;
  private final JdbcClient jdbc;
  private final RunDiagrams diagrams;

  RecordPages(Boards boards, JdbcClient jdbc, RunDiagrams diagrams) {
    this.boards = boards;
    this.jdbc = jdbc;
    this.diagrams = diagrams;
  }

  Optional<RecordView> view(String segment, String key) {
    Optional<PipelineBoard> board = boards.bySegment(segment);
    if (board.isEmpty()) {
      return Optional.empty();
    }
    return board.get().page(key).map(page -> {
      List<TimelineEntry> timeline = new ArrayList<>(page.events());
      timeline.addAll(gates(key));
      AgentTotals totals = agentCalls(key, timeline);
      timeline.addAll(quality(key));
      Optional<RunTrail> trail = page.runId() == null ? Optional.empty() : diagrams.trail(page.runId());
      trail.ifPresent(run -> timeline.addAll(steps(run)));
      timeline.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder()))
          .reversed());
      List<String> incidents = trail.map(run -> run.incidents().stream().map(OpenIncident::message).toList())
          .orElse(List.of());
      return new RecordView(board.get().name(), board.get().recordName(), board.get().segment(), page, timeline,
          totals, incidents);
    });
  }

  /** The run of the record on the model of one process of its tree (the top-level one by default). */
  Optional<DiagramView> diagram(String segment, String key, String processId) {
    return boards.bySegment(segment).flatMap(board -> board.page(key))
        .filter(page -> page.runId() != null)
        .flatMap(page -> diagrams.trail(page.runId()))
        .flatMap(trail -> {
          // the top is the run no other called (its first step and a called run's may share a millisecond)
          ProcessInTree process = processId == null ? trail.processes().stream()
              .filter(candidate -> candidate.calledFrom() == null).findFirst().orElse(trail.processes().get(0))
              : trail.processes().stream().filter(candidate -> candidate.processId().equals(processId)).findFirst()
                  .orElse(null);
          if (process == null) {
            return Optional.empty();
          }
          Set<String> active = new LinkedHashSet<>();
          Set<String> completed = new LinkedHashSet<>();
          Map<String, String> called = new LinkedHashMap<>();
          for (StepRecord step : trail.steps()) {
            if (!step.processId().equals(process.processId())) {
              continue;
            }
            if (step.active()) {
              active.add(step.activityId());
            } else if (!step.canceled()) {
              completed.add(step.activityId());
            }
            if (step.calledProcessId() != null) {
              called.put(step.activityId(), step.calledProcessId());
            }
          }
          List<DiagramIncident> incidents = trail.incidents().stream()
              .filter(incident -> process.processId().equals(incident.processId()))
              .map(incident -> new DiagramIncident(incident.activityId(), incident.message())).toList();
          String parent = process.calledFrom() == null ? null : trail.steps().stream()
              .filter(step -> process.processId().equals(step.calledProcessId())).map(StepRecord::processId)
              .findFirst().orElse(null);
          List<Map<String, String>> processes = trail.processes().stream()
              .map(p -> Map.of("processId", p.processId(), "name", p.name())).toList();
          return diagrams.model(process.definitionId()).map(xml -> new DiagramView(process.processId(),
              process.name(), process.definitionId(), parent, xml, active, completed, incidents, called, processes));
        });
  }

  private List<TimelineEntry> gates(String key) {
    List<TimelineEntry> entries = new ArrayList<>();
    jdbc.sql("select id, name, status, summary, opened_at, closed_at, decision, comment, decided_by from bb_gate "
            + "where correlation_key = ?")
        .param(key)
        .query(rs -> {
          String name = rs.getString("name");
          String status = rs.getString("status");
          entries.add(new TimelineEntry(Rows.instant(rs, "opened_at"), "decision", "Gate opened: " + name,
              rs.getString("summary"), GateRecord.OPEN.equals(status)
                  ? CommandCenter.TASKLIST_TASK + rs.getString("id") : null));
          if (GateRecord.DECIDED.equals(status)) {
            String comment = rs.getString("comment");
            entries.add(new TimelineEntry(Rows.instant(rs, "closed_at"), "decision",
                "The CEO decided “" + rs.getString("decision") + "”: " + name,
                (comment == null || comment.isBlank() ? "no comment" : "“" + comment + "”")
                    + (rs.getString("decided_by") == null ? "" : " — " + rs.getString("decided_by")), null));
          } else if (GateRecord.WITHDRAWN.equals(status)) {
            entries.add(new TimelineEntry(Rows.instant(rs, "closed_at"), "decision", "Gate withdrawn: " + name,
                "the run moved on without a decision (a timer or a message)", null));
          }
        });
    return entries;
  }

  private AgentTotals agentCalls(String key, List<TimelineEntry> timeline) {
    long[] counts = {0, 0};
    BigDecimal[] cost = {BigDecimal.ZERO};
    jdbc.sql("select role_id, task, provider, model, input_tokens, output_tokens, cost, latency_ms, outcome, error, "
            + "offline, created_at from bb_agent_call where pipeline_key = ?")
        .param(key)
        .query(rs -> {
          long tokens = rs.getLong("input_tokens") + rs.getLong("output_tokens");
          counts[0]++;
          counts[1] += tokens;
          cost[0] = cost[0].add(rs.getBigDecimal("cost"));
          String detail = String.format("%s%s · %,d in / %,d out tokens · %s · %,d ms%s",
              rs.getString("provider"), rs.getString("model") == null ? "" : " " + rs.getString("model"),
              rs.getLong("input_tokens"), rs.getLong("output_tokens"),
              rs.getBigDecimal("cost").stripTrailingZeros().toPlainString(), rs.getLong("latency_ms"),
              "ANSWERED".equals(rs.getString("outcome")) ? ""
                  : " · " + rs.getString("outcome").toLowerCase() + (rs.getString("error") == null ? ""
                      : ": " + rs.getString("error")));
          timeline.add(new TimelineEntry(Rows.instant(rs, "created_at"), "agent",
              "Agent " + rs.getString("role_id") + ": " + rs.getString("task"), detail, null));
        });
    return new AgentTotals(counts[0], counts[1], cost[0]);
  }

  private List<TimelineEntry> quality(String key) {
    List<TimelineEntry> entries = new ArrayList<>();
    jdbc.sql("select d.type, v.version, v.qa_score, v.qa_passed, v.reviewed_at from bb_deliverable d "
            + "join bb_deliverable_version v on v.deliverable_id = d.id "
            + "where d.pipeline_key = ? and v.reviewed_at is not null")
        .param(key)
        .query(rs -> {
          entries.add(new TimelineEntry(Rows.instant(rs, "reviewed_at"), "quality",
              "QA " + (rs.getBoolean("qa_passed") ? "passed" : "did not pass") + " " + rs.getString("type")
                  + " v" + rs.getInt("version"), "score " + rs.getInt("qa_score"), null));
        });
    return entries;
  }

  private static List<TimelineEntry> steps(RunTrail trail) {
    Map<String, String> names = new LinkedHashMap<>();
    trail.processes().forEach(process -> names.put(process.processId(), process.name()));
    return trail.steps().stream()
        .filter(step -> step.name() != null && !NOT_STEPS.contains(step.type()))
        .map(step -> new TimelineEntry(step.startedAt(), "step", step.name(),
            names.getOrDefault(step.processId(), step.processId()) + " · " + (step.active() ? "in progress"
                : step.canceled() ? "interrupted" : "done in " + Durations.words(
                    Duration.between(step.startedAt(), step.endedAt())).replace("just now", "under a minute")),
            null))
        .toList();
  }

  record RecordView(String pipeline, String recordName, String segment, RecordPage page,
      List<TimelineEntry> timeline, AgentTotals agents, List<String> incidents) {}

  record AgentTotals(long calls, long tokens, BigDecimal cost) {}

  record DiagramView(String processId, String name, String definitionId, String parentProcessId, String xml,
      Set<String> active, Set<String> completed, List<DiagramIncident> incidents, Map<String, String> called,
      List<Map<String, String>> processes) {}

  record DiagramIncident(String activityId, String message) {}
}
