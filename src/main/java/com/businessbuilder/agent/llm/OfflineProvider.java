package com.businessbuilder.agent.llm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The default provider: no network, no key. It composes answers deterministically from the question's structured
 * inputs through the {@link OfflineComposer} registered for the task (a free-text task without one gets its
 * {@link OfflineTemplates template}), and labels them as offline.
 */
class OfflineProvider implements LlmProvider {

  static final String ID = "offline";
  static final String MODEL = "offline-composer";

  private final Map<String, OfflineComposer> composers;
  private final OfflineTemplates templates = new OfflineTemplates();

  OfflineProvider(List<OfflineComposer> composers) {
    this.composers = composers.stream().collect(Collectors.toUnmodifiableMap(OfflineComposer::task,
        Function.identity(), (a, b) -> {
          throw new IllegalStateException("Two offline composers for task " + a.task());
        }));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String model() {
    return MODEL;
  }

  @Override
  public LlmAnswer chat(LlmQuestion question) {
    OfflineComposer composer = composers.get(question.task());
    if (composer != null) {
      return offline(composer.compose(question));
    }
    if (question.outputType() == null) {
      Optional<String> document = templates.render(question.task(), question.inputs());
      if (document.isPresent()) {
        return offline(document.get());
      }
    }
    throw new LlmCallFailed("The offline provider has no composer" + (question.outputType() == null
        ? " and no template " + OfflineTemplates.FOLDER + question.task() + ".md" : "") + " for task '"
        + question.task() + "'; configure a model provider (bb.llm.provider) or add an OfflineComposer", null, null);
  }

  private static LlmAnswer offline(String text) {
    return new LlmAnswer(text, MODEL, null, null, true);
  }
}
