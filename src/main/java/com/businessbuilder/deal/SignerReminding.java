package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.DEAL_ID;
import static com.businessbuilder.deal.DealClosingProcess.Variables.SIGNATURE_REMINDERS_SENT;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reminds the signer of the contract that waits for the signature; counts the reminders sent. */
@Component
class SignerReminding implements TaskHandler {

  private final DealRepository deals;
  private final DealMail mail;
  private final DealProperties properties;

  SignerReminding(DealRepository deals, DealMail mail, DealProperties properties) {
    this.deals = deals;
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.REMIND_SIGNER;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    Integer sent = item.integer(SIGNATURE_REMINDERS_SENT);
    int number = (sent == null ? 0 : sent) + 1;
    String body = DealMail.greeting(deal) + "\n\nThe contract we sent for signature is still waiting for you. "
        + "Could you sign it this week, or let us know if anything is unclear?\n\nKind regards,\n"
        + properties.senderName();
    mail.send(deal, "signature-reminder-" + deal.id() + "-" + number, "signature-reminder-" + number,
        "Your contract is waiting for your signature", body, List.of());
    return Map.of(SIGNATURE_REMINDERS_SENT, number);
  }
}
