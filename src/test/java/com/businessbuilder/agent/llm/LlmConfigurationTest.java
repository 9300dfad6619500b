package com.businessbuilder.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code bb.llm.provider} chooses the provider; a configuration that cannot work stops the start. */
class LlmConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(LlmConfiguration.class);

  @Test
  void offlineWhenNothingIsConfigured() {
    context.run(started -> {
      assertThat(started).hasSingleBean(LlmProvider.class);
      assertThat(started.getBean(LlmProvider.class)).isInstanceOf(OfflineProvider.class);
      LlmProperties properties = started.getBean(LlmProperties.class);
      assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(120));
      assertThat(properties.maxRetries()).isEqualTo(2);
      assertThat(properties.logRequests()).isFalse();
      assertThat(properties.structuredOutput()).isEqualTo(LlmProperties.StructuredOutput.JSON_SCHEMA);
    });
  }

  @Test
  void offlineWithTheShippedApplicationYaml() {
    context.withInitializer(new ConfigDataApplicationContextInitializer()).run(started -> {
      assertThat(started.getBean(LlmProvider.class).id()).isEqualTo("offline");
      assertThat(started.getBean(LlmProperties.class).hasApiKey()).isFalse();
    });
  }

  @Test
  void eachRealProviderByItsId() {
    context.withPropertyValues("bb.llm.provider=openai", "bb.llm.model=gpt-4o-mini", "bb.llm.api-key=sk-x")
        .run(started -> assertThat(started.getBean(LlmProvider.class)).isInstanceOf(OpenAiCompatibleProvider.class)
            .extracting(LlmProvider::model).isEqualTo("gpt-4o-mini"));
    context.withPropertyValues("bb.llm.provider=Ollama", "bb.llm.model=llama3.2")
        .run(started -> assertThat(started.getBean(LlmProvider.class)).isInstanceOf(OllamaProvider.class));
    context.withPropertyValues("bb.llm.provider=anthropic", "bb.llm.model=claude-sonnet-4-5", "bb.llm.api-key=k",
        "bb.llm.structured-output=prompt", "bb.llm.timeout=30s")
        .run(started -> {
          assertThat(started.getBean(LlmProvider.class)).isInstanceOf(AnthropicProvider.class);
          assertThat(started.getBean(LlmProperties.class).structuredOutput())
              .isEqualTo(LlmProperties.StructuredOutput.PROMPT);
        });
  }

  @Test
  void aLocalOpenAiCompatibleServerNeedsNoKey() {
    context.withPropertyValues("bb.llm.provider=openai", "bb.llm.base-url=http://localhost:8000/v1",
        "bb.llm.model=Qwen/Qwen2.5-7B-Instruct", "bb.llm.api-key=")
        .run(started -> assertThat(started.getBean(LlmProvider.class)).isInstanceOf(OpenAiCompatibleProvider.class));
  }

  @Test
  void anUnknownProviderStopsTheStart() {
    context.withPropertyValues("bb.llm.provider=gemini").run(started -> assertThat(started).getFailure()
        .rootCause().hasMessage("bb.llm.provider 'gemini' is not known; use one of offline, openai, ollama,"
            + " anthropic"));
  }

  @Test
  void aRealProviderWithoutModelStopsTheStart() {
    context.withPropertyValues("bb.llm.provider=openai", "bb.llm.api-key=sk-x").run(started ->
        assertThat(started).getFailure().rootCause().hasMessageStartingWith(
            "bb.llm.model must be set when bb.llm.provider is openai"));
  }

  @Test
  void openAisOwnApiWithoutKeyStopsTheStart() {
    context.withPropertyValues("bb.llm.provider=openai", "bb.llm.model=gpt-4o-mini").run(started ->
        assertThat(started).getFailure().rootCause().hasMessageStartingWith(
            "bb.llm.api-key must be set for OpenAI's own API"));
  }

  @Test
  void anthropicWithoutKeyStopsTheStart() {
    context.withPropertyValues("bb.llm.provider=anthropic", "bb.llm.model=claude-sonnet-4-5",
        "bb.llm.base-url=http://localhost:9999/v1/").run(started ->
        assertThat(started).getFailure().rootCause().hasMessageStartingWith(
            "bb.llm.api-key must be set when bb.llm.provider is anthropic"));
  }

  @Test
  void aNonPositiveTimeoutStopsTheStart() {
    context.withPropertyValues("bb.llm.timeout=0s").run(started ->
        assertThat(started).getFailure().rootCause().hasMessage("bb.llm.timeout must be a positive duration, e.g. 120s"));
  }
}
