package com.businessbuilder.mail;

import com.businessbuilder.system.web.CallerMistake;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

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

  @PostMapping("/{id}/resolution")
  @Operation(summary = "Resolve a mail whose outcome is unknown",
      description = "Only for a mail left SENDING (the process stopped after handing it to the SMTP server): look up "
          + "its messageId in the server's log, then say SENT (retries send nothing) or FAILED (the next retry sends "
          + "it). 409 for a mail in any other status")
  MailView resolve(@PathVariable String id, @Valid @RequestBody MailResolution resolution) {
    MailRecord mail = mails.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No mail with id " + id));
    boolean resolved = resolution.outcome() == MailResolution.Outcome.SENT
        ? mails.transition(id, MailStatus.SENDING, MailStatus.SENT, Instant.now().truncatedTo(ChronoUnit.MICROS))
        : mails.transition(id, MailStatus.SENDING, MailStatus.FAILED, null);
    if (!resolved) {
      throw new CallerMistake(HttpStatus.CONFLICT, "Mail not in doubt", "The mail is "
          + mails.find(id).orElse(mail).status() + "; only a mail left SENDING can be resolved");
    }
    return MailView.of(mails.find(id).orElseThrow());
  }
}
