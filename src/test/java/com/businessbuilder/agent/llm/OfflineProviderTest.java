package com.businessbuilder.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineProviderTest {

  private final OfflineProvider offline = new OfflineProvider(List.of(
      composer("lead-assessment", question -> "{\"summary\":\"" + question.inputs().get("company")
          + "\",\"fitScore\":50,\"risks\":[]}"),
      composer("welcome-letter", question -> "Composed welcome for " + question.inputs().get("company"))));

  @Test
  void theComposerOfTheTaskAnswersLabelledOffline() {
    LlmAnswer answer = offline.chat(question("lead-assessment", Map.of("company", "Acme Bakery"),
        LeadAssessment.class));

    assertThat(answer).isEqualTo(new LlmAnswer("{\"summary\":\"Acme Bakery\",\"fitScore\":50,\"risks\":[]}",
        "offline-composer", null, null, true));
    assertThat(offline.id()).isEqualTo("offline");
  }

  @Test
  void aComposerWinsOverATemplate() {
    LlmAnswer answer = offline.chat(question("welcome-letter", Map.of("company", "Acme Bakery"), null));

    assertThat(answer.text()).isEqualTo("Composed welcome for Acme Bakery");
  }

  @Test
  void aFreeTextTaskWithoutComposerGetsItsTemplateFilledFromTheInputs() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("company", "Acme Bakery");
    inputs.put("contact", " ");
    inputs.put("workshopDate", null);

    LlmAnswer answer = new OfflineProvider(List.of()).chat(question("welcome-letter", inputs, null));

    assertThat(answer).isEqualTo(new LlmAnswer("""
        # Welcome, Acme Bakery

        Dear not known,

        thank you for choosing us. Your first workshop is on not known.
        """, "offline-composer", null, null, true));
  }

  @Test
  void aStructuredTaskWithoutComposerFailsEvenWhenATemplateExists() {
    OfflineProvider withoutComposers = new OfflineProvider(List.of());

    assertThatThrownBy(() -> withoutComposers.chat(question("welcome-letter", Map.of(), LeadAssessment.class)))
        .isInstanceOf(LlmCallFailed.class)
        .hasMessage("The offline provider has no composer for task 'welcome-letter'; configure a model provider"
            + " (bb.llm.provider) or add an OfflineComposer");
  }

  @Test
  void aFreeTextTaskWithoutComposerOrTemplateFailsNamingTheTemplate() {
    assertThatThrownBy(() -> offline.chat(question("market-report", Map.of(), null)))
        .isInstanceOf(LlmCallFailed.class)
        .hasMessage("The offline provider has no composer and no template agents/offline/market-report.md for task"
            + " 'market-report'; configure a model provider (bb.llm.provider) or add an OfflineComposer");
  }

  @Test
  void aTaskNameCannotReachOutsideTheTemplateFolder() {
    assertThatThrownBy(() -> offline.chat(question("../offline/welcome-letter", Map.of(), null)))
        .isInstanceOf(LlmCallFailed.class);
  }

  @Test
  void twoComposersForOneTaskAreRefused() {
    assertThatThrownBy(() -> new OfflineProvider(List.of(composer("welcome-letter", q -> "a"),
        composer("welcome-letter", q -> "b"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Two offline composers for task welcome-letter");
  }

  private static LlmQuestion question(String task, Map<String, Object> inputs, Class<?> outputType) {
    return new LlmQuestion("copywriter", task, "You are the copywriter.", "Write it.", inputs, outputType);
  }

  private static OfflineComposer composer(String task, java.util.function.Function<LlmQuestion, String> text) {
    return new OfflineComposer() {
      @Override
      public String task() {
        return task;
      }

      @Override
      public String compose(LlmQuestion question) {
        return text.apply(question);
      }
    };
  }
}
