package com.businessbuilder.deal;

import com.businessbuilder.signing.EnvelopeStatus;
import com.businessbuilder.signing.SignatureEvent;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a final envelope status into {@code ContractSigned} or {@code ContractDeclined} for the deal that sent it.
 * An event for a deal that no longer waits (a repeated webhook) has no effect.
 */
@Component
class DealSignatures {

  private static final Logger log = LoggerFactory.getLogger(DealSignatures.class);

  private final DealRepository deals;
  private final RuntimeService runtime;

  DealSignatures(DealRepository deals, RuntimeService runtime) {
    this.deals = deals;
    this.runtime = runtime;
  }

  @EventListener
  void on(SignatureEvent event) {
    if (!event.status().isFinal()) {
      return;
    }
    String message = event.status() == EnvelopeStatus.COMPLETED ? DealClosingProcess.Messages.CONTRACT_SIGNED
        : DealClosingProcess.Messages.CONTRACT_DECLINED;
    deals.findByEnvelope(event.envelopeId()).ifPresentOrElse(deal -> {
      boolean waiting = runtime.createEventSubscriptionQuery().processInstanceId(deal.processInstanceId())
          .eventType("message").eventName(message).count() > 0;
      if (!waiting) {
        log.info("Deal {} does not wait for {} (envelope {}); event ignored", deal.id(), message, event.envelopeId());
        return;
      }
      if (event.reason() != null && !event.reason().isBlank()) {
        deals.addMessage(deal.id(), DealMessage.IN, "signature", event.reason());
      }
      runtime.createMessageCorrelation(message).processInstanceId(deal.processInstanceId()).correlateWithResult();
    }, () -> log.warn("No deal sent envelope {}; {} ignored", event.envelopeId(), event.status()));
  }
}
