package com.businessbuilder.dashboard;

import com.businessbuilder.dashboard.RecordPage.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mails sent to a record's client and the documents filed for it, as timeline entries: two queries. Mails and
 * documents are kept under the deal's id or the project's id alike.
 */
final class Correspondence {

  private Correspondence() {}

  static List<TimelineEntry> of(JdbcClient jdbc, String key) {
    List<TimelineEntry> events = new ArrayList<>();
    jdbc.sql("select recipient, subject, channel, status, created_at from bb_mail where deal_id = ?").param(key)
        .query(rs -> {
          events.add(new TimelineEntry(Rows.instant(rs, "created_at"), "mail", "Mail: " + rs.getString("subject"),
              "to " + rs.getString("recipient") + " · " + rs.getString("channel") + " · " + rs.getString("status"),
              null));
        });
    jdbc.sql("select id, kind, version, file_name, created_at from bb_document where deal_id = ?").param(key)
        .query(rs -> {
          events.add(new TimelineEntry(Rows.instant(rs, "created_at"), "document",
              "Document: " + rs.getString("kind").toLowerCase() + " v" + rs.getInt("version"),
              rs.getString("file_name"), "/documents/" + rs.getString("id")));
        });
    return events;
  }
}
