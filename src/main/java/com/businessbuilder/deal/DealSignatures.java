package com.businessbuilder.deal;

import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.engine.RunNotWaiting;
import com.businessbuilder.signing.EnvelopeStatus;
import com.businessbuilder.signing.SignatureEvent;
import java.util.Map;
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
  private final ProcessRuns runs;

  DealSignatures(DealRepository deals, ProcessRuns runs) {
    this.deals = deals;
    this.runs = runs;
  }

  @EventListener
  void on(SignatureEvent event) {
    if (!event.status().isFinal()) {
      return;
    }
    String message = event.status() == EnvelopeStatus.COMPLETED ? DealClosingProcess.Messages.CONTRACT_SIGNED
        : DealClosingProcess.Messages.CONTRACT_DECLINED;
    deals.findByEnvelope(event.envelopeId()).ifPresentOrElse(deal -> {
      try {
        runs.correlate(message, deal.id(), Map.of());
        if (event.reason() != null && !event.reason().isBlank()) {
          deals.addMessage(deal.id(), DealMessage.IN, "signature", event.reason());
        }
      } catch (RunNotWaiting notWaiting) {
        log.info("Deal {} does not wait for {} (envelope {}); event ignored", deal.id(), message, event.envelopeId());
      }
    }, () -> log.warn("No deal sent envelope {}; {} ignored", event.envelopeId(), event.status()));
  }
}
