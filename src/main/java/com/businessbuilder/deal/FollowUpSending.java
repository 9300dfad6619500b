package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.DEAL_ID;
import static com.businessbuilder.deal.DealClosingProcess.Variables.FOLLOW_UPS_SENT;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A short follow-up when the client has not replied; counts the follow-ups sent. */
@Component
class FollowUpSending implements TaskHandler {

  private final DealRepository deals;
  private final DealMail mail;
  private final DealProperties properties;

  FollowUpSending(DealRepository deals, DealMail mail, DealProperties properties) {
    this.deals = deals;
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.SEND_FOLLOW_UP;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    Integer sent = item.integer(FOLLOW_UPS_SENT);
    int number = (sent == null ? 0 : sent) + 1;
    String body = DealMail.greeting(deal) + "\n\nI wanted to follow up on my earlier e-mail. Would a short call "
        + "next week suit you? Just reply with a time that works.\n\nKind regards,\n" + properties.senderName();
    mail.send(deal, "follow-up-" + deal.id() + "-" + number, "follow-up-" + number, "Following up", body, List.of());
    return Map.of(FOLLOW_UPS_SENT, number);
  }
}
