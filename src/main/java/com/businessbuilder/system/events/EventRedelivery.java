package com.businessbuilder.system.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * At-least-once delivery of the handoffs between pipelines. Spring Modulith stores each event with the transaction
 * that published it and marks it complete once its listener succeeded; outstanding ones are delivered again when
 * the application starts ({@code spring.modulith.events.republish-outstanding-events-on-restart}). This delivers
 * again, while the application runs, what a failing listener left incomplete, and deletes old completed ones.
 * Listeners are idempotent, so an event delivered twice starts nothing twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventRedelivery {

  private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

  private final IncompleteEventPublications incomplete;
  private final CompletedEventPublications completed;
  private final EventProperties properties;

  EventRedelivery(IncompleteEventPublications incomplete, CompletedEventPublications completed,
      EventProperties properties) {
    this.incomplete = incomplete;
    this.completed = completed;
    this.properties = properties;
  }

  @Scheduled(initialDelayString = "${bb.events.redeliver-after:1m}", fixedDelayString = "${bb.events.redeliver-after:1m}")
  void redeliver() {
    try {
      incomplete.resubmitIncompletePublicationsOlderThan(properties.redeliverAfter());
      completed.deletePublicationsOlderThan(properties.keepCompleted());
    } catch (RuntimeException e) {
      log.warn("Could not deliver outstanding events again; trying again in {}: {}", properties.redeliverAfter(),
          e.toString());
    }
  }
}
