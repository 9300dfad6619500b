package com.businessbuilder.approval;

import com.businessbuilder.engine.GateListener;
import com.businessbuilder.engine.GateRefused;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The convention of every CEO gate, applied by the engine to each one (no model wires it): the form sets
 * {@code decision} (approve, changes, reject) and {@code comment}. When a gate opens, the decision an earlier gate
 * left behind is cleared, so the form opens empty, the pipeline's {@link PreparesGate} puts what is decided on the
 * form, and the gate's name says what it is about (the preparation's title, or the pipeline's {@link
 * PipelineTitles}). On completion a missing or unknown decision, or changes and reject without a comment, are refused
 * before the run moves on; then the pipeline's {@link RecordsGateDecision} acts on it. Every gate and decision is
 * kept in {@code bb_gate}, and an opened gate is published as {@link GateOpened}.
 */
@Service
public class CeoGates implements GateListener {

  private static final String ALLOWED = Arrays.stream(ApprovalDecision.values())
      .map(ApprovalDecision::value).collect(Collectors.joining(", "));

  private final GateRecords records;
  private final ApplicationEventPublisher events;
  private final GateMetrics metrics;
  private final ObjectProvider<PreparesGate> preparations;
  private final ObjectProvider<RecordsGateDecision> recorders;
  private final ObjectProvider<PipelineTitles> titles;

  CeoGates(GateRecords records, ObjectProvider<PreparesGate> preparations,
      ObjectProvider<RecordsGateDecision> recorders, ObjectProvider<PipelineTitles> titles,
      ApplicationEventPublisher events, GateMetrics metrics) {
    this.records = records;
    this.events = events;
    this.metrics = metrics;
    this.preparations = preparations;
    this.recorders = recorders;
    this.titles = titles;
  }

  @Override
  public GateSetup opened(GateEvent gate) {
    GateContent content = preparations.orderedStream().filter(preparation -> preparation.prepares(gate))
        .findFirst().map(preparation -> preparation.prepare(gate)).orElse(GateContent.summary(null));
    String title = content.title() != null ? content.title() : gate.correlationKey() == null ? null
        : titles.orderedStream().map(pipeline -> pipeline.title(gate.correlationKey())).flatMap(Optional::stream)
            .findFirst().orElse(null);
    GateSetup setup = new GateSetup(title, content.summary(), content.shown(),
        List.of(ApprovalDecision.VARIABLE, ApprovalDecision.COMMENT_VARIABLE));
    // kept with the name Tasklist shows, so lists and notifications name the gate as the CEO knows it
    String name = setup.titled(gate.name());
    records.open(gate, name, content.summary());
    events.publishEvent(new GateOpened(gate.gateId(), name, content.summary(), gate.processId(), gate.correlationKey(),
        Instant.now()));
    return setup;
  }

  @Override
  public void completed(GateEvent gate) {
    Object value = gate.variable(ApprovalDecision.VARIABLE);
    ApprovalDecision decision = ApprovalDecision.of(value).orElseThrow(() -> new GateRefused(
        ApprovalDecision.VARIABLE, "Decision: required; choose one of " + ALLOWED
            + (value == null || value.toString().isBlank() ? "" : " (got '" + value + "')")));
    Object comment = gate.variable(ApprovalDecision.COMMENT_VARIABLE);
    if (decision.needsComment() && (comment == null || comment.toString().isBlank())) {
      throw new GateRefused(ApprovalDecision.COMMENT_VARIABLE, "Comment: required when you "
          + (decision == ApprovalDecision.CHANGES ? "request changes; say what to change" : "reject; say why"));
    }
    recorders.orderedStream().filter(recorder -> recorder.records(gate))
        .forEach(recorder -> recorder.decided(gate, decision));
    records.decide(gate.gateId(), decision, comment == null ? null : comment.toString(), gate.person());
    metrics.decided(gate.processId(), records.openedAt(gate.gateId()));
  }

  @Override
  public void withdrawn(String gateId) {
    records.withdraw(gateId);
  }

  /** The pipeline's latest gate, open or closed. */
  public Optional<GateRecord> latest(String correlationKey) {
    return records.latest(correlationKey);
  }
}
