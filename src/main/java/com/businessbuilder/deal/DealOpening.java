package com.businessbuilder.deal;

import com.businessbuilder.discovery.LeadHandedToSales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sales' side of the handoff from client discovery: a lead handed to sales opens its deal. Runs after discovery's
 * transaction committed, in a transaction of its own; Spring Modulith marks the event delivered only when this
 * returned, and delivers it again otherwise (also after a crash). Delivered twice, it opens nothing twice: the
 * handoff names the deal, and a delivery that finds it (or loses the race to open it) is done.
 */
@Component
class DealOpening {

  private static final Logger log = LoggerFactory.getLogger(DealOpening.class);

  private final DealSubmission submission;
  private final DealRepository deals;
  private final TransactionTemplate transaction;

  DealOpening(DealSubmission submission, DealRepository deals, TransactionTemplate transaction) {
    this.submission = submission;
    this.deals = deals;
    this.transaction = transaction;
  }

  @Async
  @TransactionalEventListener
  void on(LeadHandedToSales handoff) {
    try {
      DealSubmission.Opened deal = transaction.execute(status -> submission.open(handoff));
      log.info("Lead {} handed to sales: deal {} (run {})", handoff.leadId(), deal.id(), deal.runId());
    } catch (DuplicateKeyException raced) {
      // another delivery of the same handoff opened the deal at the same moment; its transaction counts
      Deal deal = deals.find(handoff.dealId()).orElseThrow(() -> raced);
      log.info("Lead {} handed to sales again: deal {} is open already", handoff.leadId(), deal.id());
    }
  }
}
