package com.businessbuilder.approval;

import com.businessbuilder.engine.GateListener;
import com.businessbuilder.engine.GateRefused;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The convention of every CEO gate, applied by the engine to each one (no model wires it): the form sets
 * {@code decision} (approve, changes, reject) and {@code comment}. When a gate opens, the decision an earlier gate
 * left behind is cleared, so the form opens empty, and the pipeline's {@link PreparesGate} puts what is decided
 * on the form. On completion a missing or unknown decision, or changes and reject without a comment, are refused
 * before the run moves on; then the pipeline's {@link RecordsGateDecision} acts on it. Every gate and decision is
 * kept in {@code bb_gate}.
 */
@Service
public class CeoGates implements GateListener {

  private static final String ALLOWED = Arrays.stream(ApprovalDecision.values())
      .map(ApprovalDecision::value).collect(Collectors.joining(", "));

  private final GateRecords records;
  private final ObjectProvider<PreparesGate> preparations;
  private final ObjectProvider<RecordsGateDecision> recorders;

  CeoGates(GateRecords records, ObjectProvider<PreparesGate> preparations,
      ObjectProvider<RecordsGateDecision> recorders) {
    this.records = records;
    this.preparations = preparations;
    this.recorders = recorders;
  }

  @Override
  public GateSetup opened(GateEvent gate) {
    GateContent content = preparations.orderedStream().filter(preparation -> preparation.prepares(gate))
        .findFirst().map(preparation -> preparation.prepare(gate)).orElse(GateContent.summary(null));
    records.open(gate, content.summary());
    return new GateSetup(content.shown(), List.of(ApprovalDecision.VARIABLE, ApprovalDecision.COMMENT_VARIABLE));
  }

  @Override
  public void completed(GateEvent gate) {
    Object value = gate.variable(ApprovalDecision.VARIABLE);
    ApprovalDecision decision = ApprovalDecision.of(value).orElseThrow(() -> new GateRefused(
        ApprovalDecision.VARIABLE, "'" + gate.name() + "' needs a decision, one of " + ALLOWED
            + (value == null ? "" : "; got '" + value + "'")));
    Object comment = gate.variable(ApprovalDecision.COMMENT_VARIABLE);
    if (decision.needsComment() && (comment == null || comment.toString().isBlank())) {
      throw new GateRefused(ApprovalDecision.COMMENT_VARIABLE,
          "'" + gate.name() + "': say why in the comment when you choose '" + decision.value() + "'");
    }
    recorders.orderedStream().filter(recorder -> recorder.records(gate))
        .forEach(recorder -> recorder.decided(gate, decision));
    records.decide(gate.gateId(), decision, comment == null ? null : comment.toString(), gate.person());
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
