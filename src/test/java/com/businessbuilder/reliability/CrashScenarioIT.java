package com.businessbuilder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The crash scenario of docs/reliability.md: the packaged application on a real PostgreSQL takes 200 leads and 20
 * deals over its API while clients answer and the CEO approves, and is killed with {@code kill -9} twice while work
 * is in flight, then started again on the same database each time. Afterwards every accepted lead and deal exists
 * once, no mail, document, envelope, invoice or paid model answer exists twice, and all work has settled within two
 * minutes of the last start.
 *
 * <p>Not part of {@code ./mvnw verify}: {@code ./mvnw -B verify -Pcrash-test} packages the application and runs only
 * this (CI runs it after the tests). The figures go to {@code target/crash-scenario/results.md}.
 */
class CrashScenarioIT {

  static final int LEADS = 200;
  static final int DEALS = LEADS / 10;
  static final int LEADS_TO_APPROVE = 10;
  static final Duration SETTLE_LIMIT = Duration.ofMinutes(2);
  static final Duration PHASE_LIMIT = Duration.ofMinutes(4);

  final Map<String, String> figures = new LinkedHashMap<>();
  Customers customers;
  DealRoom room;
  CompanyRecords records;
  final List<Orphans> kills = new ArrayList<>();

  @Test
  void killedTwiceUnderLoadTheCompanyLosesNothingAndDoesNothingTwice() throws Exception {
    long begun = System.nanoTime();
    Path folder = Files.createDirectories(Path.of("target", "crash-scenario"));
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        PackagedApplication application = new PackagedApplication(Path.of(System.getProperty("bb.jar",
            "target/business-builder-0.1.0-SNAPSHOT.jar")), folder, postgres.getJdbcUrl("postgres", "postgres"),
            "postgres")) {
      records = new CompanyRecords(postgres.getPostgresDatabase());
      figures.put("First start", seconds(application.start()));
      customers = new Customers(application.port(), Customers.leadsAndDeals(LEADS));
      room = new DealRoom(application.port(), LEADS_TO_APPROVE);
      customers.start();

      // 1: while leads pour in
      work("leads flowing", () -> customers.leads().size() >= 70 && !records.lockedTasks().isEmpty());
      kill(application, 1);
      // 2: while leads still come in and the first deals are signed
      work("deals signing", () -> kills.get(0).takenOver() && customers.leads().size() >= 140
          && room.anyDealSigning() && !records.lockedTasks().isEmpty());
      kill(application, 2);
      Duration settled = work("everything settled", () -> kills.get(1).takenOver() && customers.done()
          && room.allClosed(DEALS) && records.settled());
      customers.finish();
      for (int kill = 0; kill < kills.size(); kill++) {
        figures.put(killed(kill + 1, "its tasks all taken over after"), seconds(kills.get(kill).takeover()));
      }
      figures.put("Settled after the last start (limit " + SETTLE_LIMIT.toSeconds() + " s)", seconds(settled));
      figures.put("Scenario, all in", seconds(Duration.ofNanos(System.nanoTime() - begun)));

      SoftAssertions checks = new SoftAssertions();
      checkNothingLostOrDoubled(checks);
      checks.assertThat(settled).as("settled within %s of the last start", SETTLE_LIMIT).isLessThan(SETTLE_LIMIT);
      for (int kill = 0; kill < kills.size(); kill++) {
        Files.writeString(folder.resolve("kill-" + (kill + 1) + ".txt"), kills.get(kill).log);
      }
      String table = results();
      System.out.println(table);
      Files.writeString(folder.resolve("results.md"), table);
      checks.assertAll();
    }
  }

  /** Lets the company work (clients and CEO acting) until the condition holds; answers how long it took. */
  private Duration work(String until, BooleanSupplier condition) throws InterruptedException {
    long started = System.nanoTime();
    while (true) {
      room.act(customers.deals());
      kills.forEach(orphans -> orphans.poll(records));
      if (condition.getAsBoolean()) {
        return Duration.ofNanos(System.nanoTime() - started);
      }
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waiting for: " + until)
          .isLessThan(PHASE_LIMIT);
      Thread.sleep(200);
    }
  }

  private void kill(PackagedApplication application, int number) throws Exception {
    Orphans orphans = new Orphans(records.lockedTasks());
    application.kill();
    orphans.killed();
    kills.add(orphans);
    assertThat(orphans.count()).as("work in flight at kill " + number).isPositive();
    figures.put(killed(number, "leads accepted before it / tasks locked by the killed worker"),
        customers.leads().size() + " / " + orphans.count());
    figures.put(killed(number, "longest lock left"), seconds(orphans.longestLockLeft()));
    figures.put(killed(number, "application up again after"), seconds(application.start()));
    figures.put(killed(number, "its tasks all taken over after"), "(not yet)");
  }

  private static String killed(int number, String what) {
    return "Kill " + number + ": " + what;
  }

  private void checkNothingLostOrDoubled(SoftAssertions checks) {
    Map<String, String> leads = customers.leads();
    Map<String, String> deals = customers.deals();
    checks.assertThat(leads).as("leads accepted").hasSize(LEADS);
    checks.assertThat(deals).as("deals accepted").hasSize(DEALS);
    checks.assertThat(new HashSet<>(records.rows("select id from bb_lead"))).as("the leads stored are the accepted")
        .isEqualTo(new HashSet<>(leads.values()));
    checks.assertThat(new HashSet<>(records.rows("select id from bb_deal where lead_id is null")))
        .as("the deals opened over the API are the accepted").isEqualTo(new HashSet<>(deals.values()));
    long fromLeads = records.count("select count(*) from bb_deal where lead_id is not null");
    checks.assertThat(fromLeads).as("a deal per approved lead").isEqualTo(LEADS_TO_APPROVE);

    once(checks, "Leads accepted / stored / twice (company)", leads.size(), "select count(*) from bb_lead",
        "select company from bb_lead group by company having count(*) > 1");
    once(checks, "Deals accepted over the API / stored / twice (company)", deals.size(),
        "select count(*) from bb_deal where lead_id is null",
        "select company from bb_deal group by company having count(*) > 1");
    figures.put("Deals opened from approved HOT leads", String.valueOf(fromLeads));
    once(checks, "Runs of leads and deals / started twice", null, """
        select count(*) from act_hi_procinst where proc_def_key_ in ('client-discovery', 'deal-closing')""", """
        select business_key_ from act_hi_procinst where proc_def_key_ in ('client-discovery', 'deal-closing')
        group by business_key_, proc_def_key_ having count(*) > 1""");
    figures.put("Requests cut by a kill, sent again with the same key (of them carried out before the kill)",
        customers.cut() + " (" + customers.replayed() + ")");
    figures.put("Deals won / lost", room.dealsWith("WON") + " / " + room.dealsWith("LOST"));
    once(checks, "Mails in the outbox / twice (deal, subject)", null, "select count(*) from bb_mail",
        "select deal_id, subject from bb_mail group by deal_id, subject having count(*) > 1");
    once(checks, "Messages with clients / twice", null, "select count(*) from bb_deal_message", """
        select deal_id, kind from bb_deal_message group by deal_id, direction, kind, text having count(*) > 1""");
    once(checks, "Documents filed / twice (deal, kind, file)", null, "select count(*) from bb_document", """
        select deal_id, kind, file_name from bb_document group by deal_id, kind, file_name having count(*) > 1""");
    once(checks, "Envelopes / twice (deal)", null, "select count(*) from bb_signature_envelope",
        "select deal_id from bb_signature_envelope group by deal_id having count(*) > 1");
    once(checks, "Invoices / twice (deal)", null, "select count(*) from bb_ledger_invoice",
        "select deal_id from bb_ledger_invoice group by deal_id having count(*) > 1");
    once(checks, "Customers in the ledger / twice (name)", null, "select count(*) from bb_ledger_customer",
        "select display_name from bb_ledger_customer group by display_name having count(*) > 1");
    once(checks, "Model answers / paid twice (work item, question)", null,
        "select count(*) from bb_agent_call where outcome = 'ANSWERED'", """
        select work_item_id, question_hash from bb_agent_call where outcome = 'ANSWERED'
        group by work_item_id, question_hash having count(*) > 1""");
    once(checks, "Work items / answered twice", null,
        "select count(distinct work_item_id) from bb_agent_call where outcome = 'ANSWERED'", """
        select work_item_id || ' (' || min(activity_id) || ', ' || string_agg(task, ' + ') || ')' from bb_agent_call
        where outcome = 'ANSWERED' group by work_item_id having count(*) > 1""");
    checks.assertThat(records.count("select count(*) from bb_agent_call where work_item_id is null"))
        .as("agent calls without their work item").isZero();
    figures.put("Answers used again instead of paying for them again after a kill",
        String.valueOf(records.count("select coalesce(sum(reuses), 0) from bb_agent_call")));
    checks.assertThat(records.incidents()).as("incidents").isZero();
    checks.assertThat(records.pendingTasks()).as("external tasks pending").isZero();
    checks.assertThat(records.incompletePublications()).as("event publications incomplete").isZero();
    figures.put("Incidents / tasks pending / event publications incomplete / jobs due", records.incidents() + " / "
        + records.pendingTasks() + " / " + records.incompletePublications() + " / " + records.dueJobs());
  }

  /** Counts what is stored and what is stored twice, which must be nothing (and as many as accepted, if given). */
  private void once(SoftAssertions checks, String what, Integer accepted, String total, String twice) {
    long stored = records.count(total);
    List<String> doubled = records.rows(twice);
    checks.assertThat(doubled).as(what + ": twice").isEmpty();
    if (accepted != null) {
      checks.assertThat(stored).as(what + ": stored").isEqualTo(accepted.longValue());
    }
    figures.put(what, (accepted == null ? "" : accepted + " / ") + stored + " / " + doubled.size());
  }

  private String results() {
    StringBuilder table = new StringBuilder("| Crash scenario, " + LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES)
        + " | |\n| --- | --- |\n");
    figures.forEach((what, figure) -> table.append("| ").append(what).append(" | ").append(figure).append(" |\n"));
    return table.toString();
  }

  private static String seconds(Duration duration) {
    return "%.1f s".formatted(duration.toMillis() / 1000.0);
  }

  /**
   * The tasks a killed application held locked, followed until the next start has taken each over: completed it,
   * or locked it anew (its lock changed).
   */
  static final class Orphans {

    private final Map<String, Timestamp> locks;
    private final Map<String, Timestamp> waiting;
    private Instant killedAt;
    private Duration takeover;

    Orphans(List<CompanyRecords.Lock> locked) {
      this.locks = locked.stream().collect(Collectors.toMap(CompanyRecords.Lock::taskId,
          CompanyRecords.Lock::expiry));
      this.waiting = new HashMap<>(locks);
    }

    void killed() {
      killedAt = Instant.now();
    }

    int count() {
      return locks.size();
    }

    Duration longestLockLeft() {
      return locks.values().stream().map(expiry -> Duration.between(killedAt, expiry.toInstant()))
          .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    void poll(CompanyRecords records) {
      if (takeover != null) {
        return;
      }
      Map<String, Timestamp> now = records.locksOf(waiting.keySet());
      waiting.keySet().removeIf(task -> {
        boolean taken = !waiting.get(task).equals(now.get(task));
        if (taken) {
          log.append(task).append(" lock left at kill ")
              .append(Duration.between(killedAt, locks.get(task).toInstant()).toMillis())
              .append(" ms, taken over after ").append(Duration.between(killedAt, Instant.now()).toMillis())
              .append(" ms, now ").append(now.get(task)).append('\n');
        }
        return taken;
      });
      if (waiting.isEmpty()) {
        takeover = Duration.between(killedAt, Instant.now());
      }
    }

    final StringBuilder log = new StringBuilder();

    boolean takenOver() {
      return takeover != null;
    }

    Duration takeover() {
      return takeover == null ? Duration.ZERO : takeover;
    }
  }
}
