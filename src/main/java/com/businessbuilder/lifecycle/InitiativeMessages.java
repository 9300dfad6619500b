package com.businessbuilder.lifecycle;

import com.businessbuilder.approval.GateRecords;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.engine.RunNotWaiting;
import com.businessbuilder.system.web.CallerMistake;
import com.businessbuilder.work.WorkTasks;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Takes the CEO's messages in: the message is stored with the initiative first, then the run hears of it, in one
 * transaction; a message the initiative cannot take now is refused with 409 and nothing is stored. The same message
 * sent again while the first is not yet taken in (a retried request) changes nothing.
 */
@Service
class InitiativeMessages {

  private final InitiativeRepository initiatives;
  private final ProcessRuns runs;
  private final JdbcClient jdbc;
  private final GateRecords gates;
  private final WorkTasks tasks;

  InitiativeMessages(InitiativeRepository initiatives, ProcessRuns runs, JdbcClient jdbc, GateRecords gates,
      WorkTasks tasks) {
    this.initiatives = initiatives;
    this.runs = runs;
    this.jdbc = jdbc;
    this.gates = gates;
    this.tasks = tasks;
  }

  void receive(Initiative initiative, InitiativeMessage message, String sender) {
    if (!Initiative.RUNNING.equals(initiative.status())) {
      if (InitiativeMessage.RETIRE.equals(message.type()) && (Initiative.RETIRED.equals(initiative.status())
          || Initiative.STOPPED.equals(initiative.status()))) {
        return; // retired again (a retried request): it is
      }
      throw new NotReady(initiative, "it has ended (" + initiative.status() + ")");
    }
    String text = message.text() == null || message.text().isBlank() ? null : message.text().strip();
    if (!InitiativeMessage.RETIRE.equals(message.type()) && text == null) {
      throw CallerMistake.field("text", "is required: say what the agents should do");
    }
    if (alreadyReceived(initiative.id(), message.type(), text)) {
      return;
    }
    if (InitiativeMessage.STRATEGIC_CHANGE.equals(message.type()) && changeUnderWay(initiative)) {
      throw new NotReady(initiative, "a strategic change is under way (planned, awaiting your decision or carried "
          + "out); send the next one once it is done");
    }
    String engineMessage = switch (message.type()) {
      case InitiativeMessage.INSTRUCTION -> BusinessLifecycleProcess.Messages.INSTRUCTION;
      case InitiativeMessage.STRATEGIC_CHANGE -> BusinessLifecycleProcess.Messages.STRATEGIC_CHANGE;
      default -> initiative.phase() == InitiativePhase.OPERATIONS ? BusinessLifecycleProcess.Messages.RETIRED
          : BusinessLifecycleProcess.Messages.STOPPED;
    };
    try {
      runs.inOneTransaction(() -> {
        initiatives.insertMessage(initiative.id(), new InitiativeMessage(message.type(), text), sender);
        runs.correlate(engineMessage, initiative.id(), Map.of());
      });
    } catch (RunNotWaiting notWaiting) {
      throw new NotReady(initiative, "in phase " + initiative.phase() + " it does not take " + switch (message.type()) {
        case InitiativeMessage.INSTRUCTION -> "an instruction (only while it is built; once it operates, send a "
            + "strategic-change)";
        case InitiativeMessage.STRATEGIC_CHANGE -> "a strategic change (only once it operates; while it is built, "
            + "send an instruction)";
        default -> "a retire now (its run is between steps); send it again in a moment";
      });
    } catch (ProcessRuns.RunBusy busy) {
      throw new NotReady(initiative, "its run is busy with another step; send the message again in a moment");
    }
  }

  /**
   * A strategic change runs from the message until its plan is rejected or its tasks are done: a message not taken in
   * yet, a plan being made or awaiting the CEO (no plan decision since the latest change), or its tasks still open.
   */
  private boolean changeUnderWay(Initiative initiative) {
    Optional<Instant> latest = jdbc.sql("select max(created_at) from bb_initiative_message where initiative_id = ? "
            + "and type = ?").params(initiative.id(), InitiativeMessage.STRATEGIC_CHANGE).query(Timestamp.class)
        .optional().map(Timestamp::toInstant);
    if (latest.isEmpty()) {
      return false;
    }
    boolean planDecided = gates.decided(initiative.id()).stream()
        .anyMatch(gate -> BusinessLifecycleProcess.Elements.APPROVE_PLAN.equals(gate.gate())
            && gate.closedAt() != null && gate.closedAt().isAfter(latest.get()));
    boolean changeTasksOpen = tasks.tasks(initiative.id()).stream()
        .anyMatch(task -> !task.settled() && !Improvements.MILESTONE.equals(task.milestone()));
    return !planDecided || changeTasksOpen;
  }

  /** A retire sent before, or the same instruction or change not yet taken in. */
  private boolean alreadyReceived(String initiativeId, String type, String text) {
    if (InitiativeMessage.RETIRE.equals(type)) {
      return jdbc.sql("select count(*) from bb_initiative_message where initiative_id = ? and type = ?")
          .params(initiativeId, type).query(Long.class).single() > 0;
    }
    return jdbc.sql("select count(*) from bb_initiative_message where initiative_id = ? and type = ? "
            + "and taken_in_at is null and text = ?")
        .params(initiativeId, type, text).query(Long.class).single() > 0;
  }

  /** The initiative is not at the point where this message means anything. */
  static class NotReady extends CallerMistake {
    NotReady(Initiative initiative, String why) {
      super(HttpStatus.CONFLICT, "Initiative not ready for this message", "Initiative " + initiative.id() + ": "
          + why);
    }
  }
}
