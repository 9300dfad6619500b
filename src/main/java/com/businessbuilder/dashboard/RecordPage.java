package com.businessbuilder.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * A record of a pipeline (a lead, a deal) as its page shows it: its facts and what happened to it that only its
 * pipeline knows (mails, documents, client messages). The page adds what every pipeline has: its run's steps, the
 * CEO's gates and decisions, the agents' calls and the deliverables' QA, and the live diagram of its run.
 *
 * @param key the pipeline's correlation key
 * @param title what the record is about ("Acme Robotics")
 * @param status where it stands, in the pipeline's words
 * @param runId the run of the pipeline's top-level process, null when it has none
 * @param facts label and value, in the order shown
 * @param events the pipeline's own entries of the timeline
 * @param tables what the record has many of, shown as tables below its facts and timeline (an initiative's tasks
 *     by department), none for most pipelines
 */
public record RecordPage(String key, String title, String status, String runId, List<Fact> facts,
    List<TimelineEntry> events, List<Table> tables) {

  public RecordPage {
    facts = List.copyOf(facts);
    events = List.copyOf(events);
    tables = List.copyOf(tables);
  }

  public RecordPage(String key, String title, String status, String runId, List<Fact> facts,
      List<TimelineEntry> events) {
    this(key, title, status, runId, facts, events, List.of());
  }

  /** A fact shown on the page; {@code link} (a path of this application) may be null. */
  public record Fact(String label, String value, String link) {

    public static Fact of(String label, Object value) {
      return new Fact(label, value == null ? null : value.toString(), null);
    }
  }

  /**
   * A table of the page.
   *
   * @param id a stable id, used by the page and its tests
   * @param title what it lists ("Tasks by department")
   * @param columns the header
   * @param rows the cells, as shown, as many per row as there are columns
   * @param empty what the page says when there are no rows
   */
  public record Table(String id, String title, List<String> columns, List<List<String>> rows, String empty) {

    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * One entry of the timeline.
   *
   * @param kind step, decision, mail, document, message, agent, quality (the page's icon and filter)
   * @param title one line
   * @param detail more, or null
   * @param link a path of this application, or null
   */
  public record TimelineEntry(Instant at, String kind, String title, String detail, String link) {

    /** Times as the page shows them. */
    static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
        .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    /** When, as the page shows it. */
    public String time() {
      return at == null ? "" : SHOWN.format(at);
    }
  }
}
