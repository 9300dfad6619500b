package com.businessbuilder.quality;

import com.businessbuilder.agent.llm.LlmQuestion;
import com.businessbuilder.agent.llm.OfflineComposer;
import com.businessbuilder.quality.DeliverableProducer.Inputs;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The offline answers to the producer's tasks: the writer for the deliverable's type writes the document. */
@Component
class OfflineWriters {

  private final List<OfflineWriter> special;
  private final TemplateWriter templates;
  private final ObjectMapper json;

  OfflineWriters(List<OfflineWriter> writers, TemplateWriter templates, ObjectMapper json) {
    this.special = writers.stream().filter(writer -> writer != templates).toList();
    this.templates = templates;
    this.json = json;
  }

  String write(LlmQuestion question) {
    Map<String, Object> inputs = question.inputs();
    String type = (String) inputs.get(Inputs.DELIVERABLE_TYPE);
    OfflineWriter.Request request = new OfflineWriter.Request(type, brief(inputs.get(Inputs.BRIEF)),
        ((Number) inputs.get(Inputs.VERSION)).intValue(), (String) inputs.get(Inputs.PREVIOUS_CONTENT),
        (String) inputs.get(Inputs.INSTRUCTIONS));
    return special.stream().filter(writer -> writer.writes(type)).findFirst().orElse(templates).write(request);
  }

  @SuppressWarnings("unchecked")
  private Brief brief(Object text) {
    try {
      return new Brief(json.readValue((String) text, Map.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The brief in the question is not JSON", e);
    }
  }

  /** Offline answer to "deliverable-draft". */
  @Component
  static class DraftComposer implements OfflineComposer {

    private final OfflineWriters writers;

    DraftComposer(OfflineWriters writers) {
      this.writers = writers;
    }

    @Override
    public String task() {
      return QualityGateProcess.Topics.DRAFT;
    }

    @Override
    public String compose(LlmQuestion question) {
      return writers.write(question);
    }
  }

  /** Offline answer to "deliverable-revision". */
  @Component
  static class RevisionComposer implements OfflineComposer {

    private final OfflineWriters writers;

    RevisionComposer(OfflineWriters writers) {
      this.writers = writers;
    }

    @Override
    public String task() {
      return QualityGateProcess.Topics.REVISION;
    }

    @Override
    public String compose(LlmQuestion question) {
      return writers.write(question);
    }
  }
}
