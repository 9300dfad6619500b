package com.businessbuilder.agent.llm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the {@link LlmProvider} by {@code bb.llm.provider}; {@code offline} when nothing is configured. The
 * LangChain4j models are plain objects built here, not Spring Boot starters, which lag the library.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

  private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);

  @Bean
  LlmProvider llmProvider(LlmProperties properties, ObjectProvider<OfflineComposer> composers) {
    LlmProvider provider = switch (properties.provider()) {
      case OpenAiCompatibleProvider.ID -> new OpenAiCompatibleProvider(properties);
      case OllamaProvider.ID -> new OllamaProvider(properties);
      case AnthropicProvider.ID -> new AnthropicProvider(properties);
      default -> new OfflineProvider(composers.orderedStream().toList());
    };
    if (provider instanceof OfflineProvider) {
      log.info("Agents answer offline, from deterministic composers and templates; no model is configured");
    } else {
      log.info("Agents ask the model {} through {}{}", provider.model(), provider.id(),
          properties.baseUrl() == null ? "" : " at " + properties.baseUrl());
    }
    return provider;
  }
}
