package com.businessbuilder.agent.llm;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the {@link LlmProvider} by {@code bb.llm.provider}; {@code offline} when nothing is configured. */
@Configuration(proxyBeanMethods = false)
class LlmConfiguration {

  @Bean
  @ConditionalOnProperty(name = "bb.llm.provider", havingValue = "offline", matchIfMissing = true)
  LlmProvider offlineProvider(ObjectProvider<OfflineComposer> composers) {
    return new OfflineProvider(composers.orderedStream().toList());
  }
}
