package com.businessbuilder.delivery;

import com.businessbuilder.deal.DealWon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery's side of the handoff from deal closing: a won deal becomes a project. Runs after deal closing's
 * transaction committed, in a transaction of its own, and is delivered again until it returned (also after a
 * crash); delivered twice, it opens one project (unique per deal).
 */
@Component
class ProjectOpening {

  private static final Logger log = LoggerFactory.getLogger(ProjectOpening.class);

  private final ProjectSubmission submission;
  private final ProjectRepository projects;
  private final TransactionTemplate transaction;

  ProjectOpening(ProjectSubmission submission, ProjectRepository projects, TransactionTemplate transaction) {
    this.submission = submission;
    this.projects = projects;
    this.transaction = transaction;
  }

  @Async
  @TransactionalEventListener
  void on(DealWon won) {
    try {
      ProjectSubmission.Opened opened = transaction.execute(status -> submission.open(won));
      log.info("Deal {} won: project {} (run {})", won.dealId(), opened.project().id(), opened.project().runId());
    } catch (DuplicateKeyException raced) {
      Project project = projects.findByDeal(won.dealId()).orElseThrow(() -> raced);
      log.info("Deal {} won again: project {} is open already", won.dealId(), project.id());
    }
  }
}
