package com.businessbuilder.delivery;

import com.businessbuilder.mail.Mailer;
import com.businessbuilder.mail.OutgoingMail;
import com.businessbuilder.mail.SentMail;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Mails a project's client through the {@link Mailer} port (SMTP, or the outbox offline), each mail under an
 * idempotency key so a retried task sends nothing twice. Reports are kept in the outbox with the project's id.
 */
@Component
class ProjectMail {

  private final ObjectProvider<Mailer> mailer;
  private final DeliveryProperties properties;

  ProjectMail(ObjectProvider<Mailer> mailer, DeliveryProperties properties) {
    this.mailer = mailer;
    this.properties = properties;
  }

  SentMail send(Project project, String idempotencyKey, String subject, String body,
      List<OutgoingMail.Attachment> attachments) {
    return mailer.getObject().send(new OutgoingMail(idempotencyKey, project.id(), project.contactEmail(), subject,
        greeting(project) + "\n\n" + body.strip() + "\n\n" + signature(project), attachments));
  }

  SentMail send(Project project, String idempotencyKey, String subject, String body) {
    return send(project, idempotencyKey, subject, body, List.of());
  }

  private static String greeting(Project project) {
    return "Dear " + (project.contactName() == null ? project.company() + " team" : project.contactName()) + ",";
  }

  private String signature(Project project) {
    return "We answer every message within " + project.responseHours() + " hours.\n\nKind regards,\n"
        + "The Business Builder delivery team";
  }
}
