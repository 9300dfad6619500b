package com.businessbuilder.engine.camunda7;

import com.businessbuilder.engine.GateListener;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.engine.GateListener.GateSetup;
import com.businessbuilder.engine.GateListener.UploadedFile;
import com.businessbuilder.engine.GateRefused;
import com.businessbuilder.engine.ProcessRuns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The one engine-side callback of every user task (a gate), attached by {@link EngineCallbacks} when a model is
 * parsed, so no model wires a listener of its own: it tells the {@link GateListener}s that a gate opened, was
 * completed or was withdrawn, shows what they return (values on the form, the title in the task's name, the summary
 * first in its description), and turns their refusal into a form-field error (REST 400, a message on the Tasklist
 * form). Files uploaded on a gate are handed over and then removed, so they never stay
 * process data.
 */
final class GateTaskListener implements TaskListener {

  /** Uploaded files larger than this are refused before anything reads them whole. */
  static final int MAX_FILE_BYTES = 10_000_000;
  /** the engine's columns for a task's name and description */
  private static final int MAX_DESCRIPTION = 4000;

  private final ObjectProvider<GateListener> listeners;

  GateTaskListener(ObjectProvider<GateListener> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> opened(task);
      case EVENTNAME_COMPLETE -> completed(task);
      case EVENTNAME_DELETE -> listeners.orderedStream().forEach(listener -> listener.withdrawn(task.getId()));
      default -> { }
    }
  }

  private void opened(DelegateTask task) {
    GateEvent gate = event(task, task.getVariables(), null);
    listeners.orderedStream().forEach(listener -> {
      GateSetup setup = listener.opened(gate);
      setup.cleared().forEach(name -> task.getExecution().removeVariable(name));
      setup.shown().forEach(task::setVariableLocal);
      if (setup.title() != null && !setup.title().isBlank()) {
        // Tasklist lists gates by name: the name says whom and how much each one is about
        task.setName(setup.titled(gate.name()));
      }
      if (setup.summary() != null && !setup.summary().isBlank()) {
        task.setDescription(cut(setup.summary().strip()
            + (task.getDescription() == null ? "" : "\n\n" + task.getDescription()), MAX_DESCRIPTION));
      }
    });
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private void completed(DelegateTask task) {
    VariableMap typed = task.getVariablesTyped(false);
    Map<String, Object> variables = new HashMap<>();
    List<String> files = new ArrayList<>();
    for (String name : typed.keySet()) {
      TypedValue value = typed.getValueTyped(name);
      if (value instanceof FileValue file) {
        files.add(name);
        variables.put(name, file.getValue() == null ? null : upload(name, file));
      } else if (value instanceof ObjectValue object && !object.isDeserialized()) {
        // gates decide on the form's plain fields; a serialized object is passed on as its text
        variables.put(name, object.getValueSerialized());
      } else {
        variables.put(name, value.getValue());
      }
    }
    GateEvent gate = event(task, variables, person(task));
    try {
      listeners.orderedStream().forEach(listener -> listener.completed(gate));
    } catch (GateRefused refused) {
      throw new FormFieldValidationException(refused.field(), refused.getMessage());
    }
    files.forEach(task::removeVariable);
  }

  private static GateEvent event(DelegateTask task, Map<String, Object> variables, String person) {
    Object key = variables.get(ProcessRuns.CORRELATION_KEY);
    return new GateEvent(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        task.getProcessDefinitionId().split(":")[0], task.getProcessInstanceId(),
        key == null ? task.getExecution().getProcessBusinessKey() : key.toString(), variables, person);
  }

  private static UploadedFile upload(String name, FileValue file) {
    try (InputStream in = file.getValue()) {
      byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
      if (content.length > MAX_FILE_BYTES) {
        throw new FormFieldValidationException(name, label(name) + ": the file has more than " + MAX_FILE_BYTES
            + " bytes; upload one of at most 10 MB");
      }
      return new UploadedFile(file.getFilename(), file.getMimeType(), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A variable as a form labels it: {@code countersignedContract} → "Countersigned contract". */
  static String label(String variable) {
    String words = variable.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String person(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee();
  }
}
