package com.businessbuilder.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmPropertiesTest {

  private static final String KEY = "sk-ant-api03-secret-7f3a9c";

  @Test
  void toStringNeverPrintsTheKey() {
    LlmProperties properties = new LlmProperties("anthropic", null, KEY, "claude-sonnet-4-5", Duration.ofSeconds(30),
        2, null, null, false, null);

    assertThat(properties.toString()).doesNotContain(KEY).contains("apiKey=(set)", "model=claude-sonnet-4-5");
  }

  @Test
  void blanksMeanNotSet() {
    LlmProperties properties = new LlmProperties(" ", " ", " ", " ", Duration.ofSeconds(30), 2, null, null, false,
        null);

    assertThat(properties.provider()).isEqualTo("offline");
    assertThat(properties.baseUrl()).isNull();
    assertThat(properties.hasApiKey()).isFalse();
    assertThat(properties.toString()).contains("apiKey=none");
    assertThat(properties.structuredOutput()).isEqualTo(LlmProperties.StructuredOutput.JSON_SCHEMA);
  }
}
