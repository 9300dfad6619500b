package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.CLIENT_ANSWER;
import static com.businessbuilder.deal.DealClosingProcess.Variables.REQUESTED_DISCOUNT_PERCENT;

import com.businessbuilder.system.web.CallerMistake;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the client's messages in: stores each in the conversation and correlates the message the deal waits for
 * ({@code ClientReplied} or {@code ClientAnswered}) in one transaction.
 */
@Service
class DealConversation {

  private final DealRepository deals;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;

  DealConversation(DealRepository deals, RuntimeService runtime, TransactionTemplate transaction) {
    this.deals = deals;
    this.runtime = runtime;
    this.transaction = transaction;
  }

  void receive(Deal deal, ClientMessage message) {
    String name;
    Map<String, Object> variables = new HashMap<>();
    if (ClientMessage.REPLY.equals(message.type())) {
      name = DealClosingProcess.Messages.CLIENT_REPLIED;
    } else {
      if (message.answer() == null) {
        throw new CallerMistake(HttpStatus.BAD_REQUEST, "Answer missing",
            "An answer to a proposal says accept, counter or decline in 'answer'");
      }
      name = DealClosingProcess.Messages.CLIENT_ANSWERED;
      variables.put(CLIENT_ANSWER, message.answer());
      variables.put(REQUESTED_DISCOUNT_PERCENT, message.discountPercent());
    }
    if (!waitsFor(deal, name)) {
      throw new NotWaiting(deal, message.type());
    }
    try {
      transaction.executeWithoutResult(status -> {
        deals.addMessage(deal.id(), DealMessage.IN, message.type(), message.text().trim());
        runtime.createMessageCorrelation(name).processInstanceId(deal.processInstanceId())
            .setVariables(variables).correlateWithResult();
      });
    } catch (MismatchingMessageCorrelationException raced) {
      // another message got there first
      throw new NotWaiting(deal, message.type());
    }
  }

  private boolean waitsFor(Deal deal, String message) {
    return runtime.createEventSubscriptionQuery().processInstanceId(deal.processInstanceId()).eventType("message")
        .eventName(message).count() > 0;
  }

  /** The deal is not at the stage where this kind of message means anything. */
  static class NotWaiting extends CallerMistake {
    NotWaiting(Deal deal, String type) {
      super(HttpStatus.CONFLICT, "Deal not waiting for this message",
          "Deal " + deal.id() + " does not wait for a client " + type + " now");
    }
  }
}
