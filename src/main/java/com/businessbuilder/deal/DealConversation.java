package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.CLIENT_ANSWER;
import static com.businessbuilder.deal.DealClosingProcess.Variables.CLIENT_SAID;
import static com.businessbuilder.deal.DealClosingProcess.Variables.REQUESTED_DISCOUNT_PERCENT;

import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.engine.RunNotWaiting;
import com.businessbuilder.system.web.CallerMistake;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Takes the client's messages in: stores each in the conversation and delivers the message the deal waits for
 * ({@code ClientReplied} or {@code ClientAnswered}) in one transaction; a message the deal does not wait for is
 * refused and nothing is stored.
 */
@Service
class DealConversation {

  /** how much of the client's words goes into a lost deal's reason */
  static final int SAID_SHOWN = 500;

  private final DealRepository deals;
  private final ProcessRuns runs;

  DealConversation(DealRepository deals, ProcessRuns runs) {
    this.deals = deals;
    this.runs = runs;
  }

  void receive(Deal deal, ClientMessage message) {
    String name;
    String text = message.text().trim();
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
      variables.put(CLIENT_SAID, text.length() <= SAID_SHOWN ? text : text.substring(0, SAID_SHOWN) + " …");
    }
    try {
      runs.inOneTransaction(() -> {
        deals.addMessage(deal.id(), DealMessage.IN, message.type(), text);
        runs.correlate(name, deal.id(), variables);
      });
    } catch (RunNotWaiting notWaiting) {
      throw new NotWaiting(deal, message.type());
    } catch (ProcessRuns.RunBusy busy) {
      throw new CallerMistake(HttpStatus.CONFLICT, "Deal busy", "Deal " + deal.id() + " is busy with another step; "
          + "send the message again in a moment");
    }
  }

  /** The deal is not at the stage where this kind of message means anything. */
  static class NotWaiting extends CallerMistake {
    NotWaiting(Deal deal, String type) {
      super(HttpStatus.CONFLICT, "Deal not waiting for this message",
          "Deal " + deal.id() + " does not wait for a client " + type + " now");
    }
  }
}
