package com.businessbuilder.agent.llm;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The default provider: no network, no key. It composes answers deterministically from the question's structured
 * inputs through the {@link OfflineComposer} registered for the task, and labels them as offline.
 */
class OfflineProvider implements LlmProvider {

  static final String ID = "offline";
  static final String MODEL = "offline-composer";

  private final Map<String, OfflineComposer> composers;

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
    if (composer == null) {
      throw new LlmCallFailed("The offline provider has no composer for task '" + question.task()
          + "'; configure a model provider (bb.llm.provider) or add an OfflineComposer", null, null);
    }
    return new LlmAnswer(composer.compose(question), MODEL, null, null, true);
  }
}
