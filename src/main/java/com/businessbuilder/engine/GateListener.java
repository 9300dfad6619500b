package com.businessbuilder.engine;

import java.util.List;
import java.util.Map;

/**
 * Told when a gate (a step that waits for a person's decision) opens and when someone completes it, inside the
 * engine's transaction: what it returns on opening is shown with the gate; what it throws on completion refuses the
 * decision, and the gate stays open.
 */
public interface GateListener {

  /** What the gate shows and which stale variables it clears. */
  GateSetup opened(GateEvent gate);

  /**
   * @throws GateRefused to refuse the decision, naming the field to correct
   */
  void completed(GateEvent gate);

  /** The gate went away without a decision: its run was cancelled, or moved on by a timer or a message. */
  void withdrawn(String gateId);

  /**
   * A gate opening or being completed.
   *
   * @param gateId the gate's id (a task id)
   * @param key the gate's element in its model
   * @param name the gate's name
   * @param processId the process the gate belongs to
   * @param runId the run the gate belongs to
   * @param correlationKey the pipeline's key
   * @param variables the variables the gate sees; on completion with the decision's, files as {@link UploadedFile}
   * @param person who completes it (null when opening or unknown)
   */
  record GateEvent(String gateId, String key, String name, String processId, String runId, String correlationKey,
      Map<String, Object> variables, String person) {

    public Object variable(String name) {
      return variables.get(name);
    }
  }

  /**
   * @param title what this gate is about in a few words, added to its name in task lists ("Approve proposal:
   *     Acme Robotics, EUR 30,000"); null to keep the name
   * @param summary one line put first in the gate's description; null for none
   * @param shown values only this gate shows (not process data), e.g. the document to approve
   * @param cleared variables an earlier gate left behind that must not pre-fill this one
   */
  record GateSetup(String title, String summary, Map<String, Object> shown, List<String> cleared) {

    /** The longest name a gate may have. */
    public static final int MAX_NAME = 255;

    public static GateSetup nothing() {
      return new GateSetup(null, null, Map.of(), List.of());
    }

    /** The gate's name with this setup's title: "Approve proposal: Acme Robotics, EUR 30,000". */
    public String titled(String name) {
      if (title == null || title.isBlank()) {
        return name;
      }
      String titled = name + ": " + title.strip();
      return titled.length() <= MAX_NAME ? titled : titled.substring(0, MAX_NAME - 1) + "…";
    }
  }

  /** A file a person uploaded on a gate: handed to the listeners, never kept as process data. */
  record UploadedFile(String fileName, String mimeType, byte[] content) {}
}
