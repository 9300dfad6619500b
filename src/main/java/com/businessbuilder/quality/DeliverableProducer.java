package com.businessbuilder.quality;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.quality.QualityGateProcess.Topics;
import com.businessbuilder.worker.WorkItem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Has the producer agent write a deliverable: the first draft, then revisions with QA's feedback. */
@Service
class DeliverableProducer {

  /** The inputs of the writing prompts and of the offline writers. */
  static final class Inputs {
    static final String DELIVERABLE_TYPE = "deliverableType";
    static final String FORM = "form";
    static final String REQUIRED_PARTS = "requiredParts";
    static final String MIN_WORDS = "minWords";
    static final String MAX_WORDS = "maxWords";
    static final String FACTS = "facts";
    static final String BRIEF = "brief";
    static final String VERSION = "version";
    static final String PREVIOUS_CONTENT = "previousContent";
    static final String INSTRUCTIONS = "instructions";

    private Inputs() {}
  }

  private final Agents agents;
  private final ObjectMapper json;

  DeliverableProducer(Agents agents, ObjectMapper json) {
    this.agents = agents;
    this.json = json;
  }

  String draft(Deliverable deliverable, WorkItem work) {
    Map<String, Object> inputs = describe(deliverable, json);
    inputs.put(Inputs.VERSION, 1);
    return agents.write(new Assignment(deliverable.producerRole(), Topics.DRAFT, work, inputs));
  }

  String revise(Deliverable deliverable, DeliverableVersion previous, String instructions, WorkItem work) {
    Map<String, Object> inputs = describe(deliverable, json);
    inputs.put(Inputs.VERSION, previous.version() + 1);
    inputs.put(Inputs.PREVIOUS_CONTENT, previous.content());
    inputs.put(Inputs.INSTRUCTIONS, instructions);
    return agents.write(new Assignment(deliverable.producerRole(), Topics.REVISION, work, inputs));
  }

  /** What to change for the next version: QA's feedback on the last one, and the CEO's guidance if given. */
  static String instructions(QaReport lastReport, String ceoGuidance) {
    String feedback = "QA feedback on the last version:\n" + lastReport.feedback();
    return ceoGuidance == null || ceoGuidance.isBlank() ? feedback
        : feedback + "\n\nCEO guidance (takes precedence):\n" + ceoGuidance.strip();
  }

  /** The deliverable as the producer and the QA agent are told about it. */
  static Map<String, Object> describe(Deliverable deliverable, ObjectMapper json) {
    DeliverableSpec spec = DeliverableSpecs.of(deliverable.type());
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(Inputs.DELIVERABLE_TYPE, deliverable.type());
    inputs.put(Inputs.FORM, spec.form());
    inputs.put(Inputs.REQUIRED_PARTS, spec.partNames());
    inputs.put(Inputs.MIN_WORDS, spec.minWords());
    inputs.put(Inputs.MAX_WORDS, spec.maxWords());
    inputs.put(Inputs.FACTS, deliverable.brief().factsAsText());
    try {
      inputs.put(Inputs.BRIEF, json.writerWithDefaultPrettyPrinter().writeValueAsString(deliverable.brief().values()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The brief of deliverable " + deliverable.id() + " cannot be written", e);
    }
    return inputs;
  }
}
