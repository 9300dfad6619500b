package com.businessbuilder.deal;

import com.businessbuilder.mail.Mailer;
import com.businessbuilder.mail.OutgoingMail;
import com.businessbuilder.mail.SentMail;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Mails the client and keeps the conversation: every e-mail is sent through the {@link Mailer} port with an
 * idempotency key (a retried task sends nothing twice) and written to {@code bb_deal_message}.
 */
@Component
class DealMail {

  private final ObjectProvider<Mailer> mailer;
  private final DealRepository deals;

  DealMail(ObjectProvider<Mailer> mailer, DealRepository deals) {
    // the port's adapter is chosen by configuration; a run without one fails its task visibly (an incident)
    this.mailer = mailer;
    this.deals = deals;
  }

  SentMail send(Deal deal, String idempotencyKey, String kind, String subject, String body,
      List<OutgoingMail.Attachment> attachments) {
    SentMail sent = mailer.getObject().send(new OutgoingMail(idempotencyKey, deal.id(), deal.data().contactEmail(),
        subject, body, attachments));
    boolean recorded = deals.messages(deal.id()).stream()
        .anyMatch(m -> DealMessage.OUT.equals(m.direction()) && m.kind().equals(kind) && m.text().equals(body));
    if (!recorded) {
      deals.addMessage(deal.id(), DealMessage.OUT, kind, body);
    }
    return sent;
  }

  static String greeting(Deal deal) {
    return "Dear " + (deal.data().contactName() == null ? deal.data().company() + " team" : deal.data().contactName())
        + ",";
  }
}
