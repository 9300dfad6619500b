package com.businessbuilder.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bb_mail} and its attachments. Every write commits on its own (a new transaction), even when the caller
 * runs inside a transaction: the record of a mail must survive whatever happens to the caller's work afterwards.
 */
@Repository
class MailRepository {

  private static final String COLUMNS = "id, idempotency_key, deal_id, recipient, subject, body, attachment_names, "
      + "message_id, channel, status, created_at, sent_at";
  private static final int LISTING_LIMIT = 200;

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  MailRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Records the mail; {@link org.springframework.dao.DuplicateKeyException} if its idempotency key is taken. */
  void insert(MailRecord mail, List<OutgoingMail.Attachment> storedAttachments) {
    ownTransaction.executeWithoutResult(status -> {
      jdbc.sql("insert into bb_mail (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(mail.id(), mail.idempotencyKey(), mail.dealId(), mail.recipient(), mail.subject(), mail.body(),
              mail.attachmentNames().isEmpty() ? null : String.join("\n", mail.attachmentNames()), mail.messageId(),
              mail.channel(), mail.status().name(), Timestamp.from(mail.createdAt()),
              mail.sentAt() == null ? null : Timestamp.from(mail.sentAt()))
          .update();
      for (int i = 0; i < storedAttachments.size(); i++) {
        OutgoingMail.Attachment file = storedAttachments.get(i);
        jdbc.sql("insert into bb_mail_attachment (mail_id, seq_no, file_name, content_type, content) "
                + "values (?, ?, ?, ?, ?)")
            .params(mail.id(), i, file.fileName(), file.contentType(), file.content())
            .update();
      }
    });
  }

  Optional<MailRecord> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from bb_mail where id = ?").param(id).query(MailRepository::mail)
        .optional();
  }

  Optional<MailRecord> findByIdempotencyKey(String key) {
    return jdbc.sql("select " + COLUMNS + " from bb_mail where idempotency_key = ?").param(key)
        .query(MailRepository::mail).optional();
  }

  /** Moves the mail from one status to another; false if it was not in {@code from} (someone else moved it). */
  boolean transition(String id, MailStatus from, MailStatus to, Instant sentAt) {
    Integer updated = ownTransaction.execute(status -> jdbc
        .sql("update bb_mail set status = ?, sent_at = ? where id = ? and status = ?")
        .params(to.name(), sentAt == null ? null : Timestamp.from(sentAt), id, from.name())
        .update());
    return updated != null && updated == 1;
  }

  /** Mails of one deal (or the latest of all when {@code dealId} is null), newest first. */
  List<MailRecord> list(String dealId) {
    if (dealId == null) {
      return jdbc.sql("select " + COLUMNS + " from bb_mail order by created_at desc, id limit " + LISTING_LIMIT)
          .query(MailRepository::mail).list();
    }
    return jdbc.sql("select " + COLUMNS + " from bb_mail where deal_id = ? order by created_at desc, id")
        .param(dealId).query(MailRepository::mail).list();
  }

  List<OutgoingMail.Attachment> attachments(String mailId) {
    return jdbc.sql("select file_name, content_type, content from bb_mail_attachment where mail_id = ? order by seq_no")
        .param(mailId)
        .query((rs, row) -> new OutgoingMail.Attachment(rs.getString("file_name"), rs.getString("content_type"),
            rs.getBytes("content")))
        .list();
  }

  private static MailRecord mail(ResultSet rs, int row) throws SQLException {
    String names = rs.getString("attachment_names");
    Timestamp sentAt = rs.getTimestamp("sent_at");
    return new MailRecord(rs.getString("id"), rs.getString("idempotency_key"), rs.getString("deal_id"),
        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
        names == null ? List.of() : Arrays.asList(names.split("\n")), rs.getString("message_id"),
        rs.getString("channel"), MailStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("created_at").toInstant(), sentAt == null ? null : sentAt.toInstant());
  }
}
