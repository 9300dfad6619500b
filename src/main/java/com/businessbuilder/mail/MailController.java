package com.businessbuilder.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outbox")
@Tag(name = "Client mail", description = "Every e-mail to a client: queued in the outbox or sent over SMTP")
class MailController {

  private final MailRepository mails;

  MailController(MailRepository mails) {
    this.mails = mails;
  }

  @GetMapping
  @Operation(summary = "Client mails, newest first",
      description = "The mails of one deal, or the latest 200 of all deals; without the attachments' bytes. "
          + "channel is outbox (queued here, no SMTP server configured) or smtp; status QUEUED, SENDING, SENT or "
          + "FAILED")
  List<MailView> list(@Parameter(description = "the deal the mails belong to") @RequestParam(required = false)
      String dealId) {
    return mails.list(dealId).stream().map(MailView::of).toList();
  }
}
