package com.businessbuilder.signing;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/** Chooses the {@link ESignature} by {@code bb.signing.provider}; {@code offline} when nothing is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningProperties.class)
class SigningConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SigningConfiguration.class);

  @Bean
  SignatureEnvelopes signatureEnvelopes(JdbcClient jdbc) {
    return new SignatureEnvelopes(jdbc);
  }

  @Bean
  SignatureEvents signatureEvents(SignatureEnvelopes envelopes, ApplicationEventPublisher publisher) {
    return new SignatureEvents(envelopes, publisher, Clock.systemUTC());
  }

  @Bean
  ESignature eSignature(SigningProperties properties, SignatureEnvelopes envelopes, SignatureEvents events) {
    ESignature signature = properties.isDocuSign()
        ? new DocuSignSignature(properties, envelopes, Clock.systemUTC())
        : new OfflineSignature(envelopes, events, Clock.systemUTC());
    if (properties.isDocuSign()) {
      log.info("Contracts are signed through DocuSign at {}", properties.basePath());
    } else {
      log.info("Contracts are signed offline: the client gets the contract by e-mail, and the CEO records the "
          + "countersigned PDF in Tasklist");
    }
    return signature;
  }

  @Bean
  DocuSignConnectVerifier docuSignConnectVerifier(SigningProperties properties) {
    return new DocuSignConnectVerifier(properties.connectHmacKey());
  }

  /** Polling is the fallback for Connect messages that never arrive; only DocuSign has anything to poll. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "bb.signing", name = "provider", havingValue = DocuSignSignature.ID)
  @EnableScheduling
  static class Polling {

    @Bean
    SignatureStatusPoller signatureStatusPoller(ESignature signature, SignatureEnvelopes envelopes,
        SignatureEvents events) {
      return new SignatureStatusPoller(signature, envelopes, events);
    }

    @Bean
    SchedulingConfigurer signatureStatusPolling(SignatureStatusPoller poller, SigningProperties properties) {
      return registrar -> registrar.addFixedDelayTask(poller::poll, properties.pollInterval());
    }
  }
}
