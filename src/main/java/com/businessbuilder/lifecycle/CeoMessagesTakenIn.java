package com.businessbuilder.lifecycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the CEO's pending messages of a type into the plan: each becomes a reason to plan the open work again, once
 * (a retried task finds them taken in).
 */
@Component
class CeoMessagesTakenIn {

  private final JdbcClient jdbc;
  private final InitiativeRepository initiatives;

  CeoMessagesTakenIn(JdbcClient jdbc, InitiativeRepository initiatives) {
    this.jdbc = jdbc;
    this.initiatives = initiatives;
  }

  /** @return how many messages were taken in */
  @Transactional
  int takeIn(String initiativeId, String type, String heading) {
    List<String> pending = jdbc.sql("select text from bb_initiative_message where initiative_id = ? and type = ? "
            + "and taken_in_at is null order by created_at, id")
        .params(initiativeId, type).query(String.class).list();
    pending.forEach(text -> initiatives.requestReplan(initiativeId, heading + ": " + text));
    jdbc.sql("update bb_initiative_message set taken_in_at = ? where initiative_id = ? and type = ? "
            + "and taken_in_at is null")
        .params(Timestamp.from(Instant.now()), initiativeId, type).update();
    return pending.size();
  }
}
