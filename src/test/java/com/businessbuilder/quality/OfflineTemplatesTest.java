package com.businessbuilder.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Offline, every deliverable type is written from a template that passes its own QA checks. */
class OfflineTemplatesTest {

  static final Map<String, Object> RICH_BRIEF = Map.of("clientName", "Acme Robotics", "contactName", "Dana Reyes",
      "price", 12500, "currency", "eur", "startDate", "2026-03-02", "deliveryDate", "2026-04-30",
      "scope", "A dealer portal for spare parts.", "industry", "industrial robotics", "senderName", "Sam Park",
      "internalNotes", List.of("Dealers order spare parts by phone", "We need a customer portal for our dealers"));
  static final Map<String, Object> MINIMAL_BRIEF = Map.of("clientName", "Globex");

  TemplateWriter writer = new TemplateWriter();

  @ParameterizedTest
  @ValueSource(strings = {"proposal", "outreach-email", "market-brief", "welcome-pack"})
  void aDocumentFromARichBriefPassesEveryCheck(String type) {
    assertPassesItsChecks(type, new Brief(RICH_BRIEF));
  }

  @ParameterizedTest
  @ValueSource(strings = {"proposal", "outreach-email", "market-brief", "welcome-pack"})
  void aDocumentFromABriefWithOnlyTheClientPassesEveryCheck(String type) {
    assertPassesItsChecks(type, new Brief(MINIMAL_BRIEF));
  }

  @ParameterizedTest
  @ValueSource(strings = {"proposal", "outreach-email", "market-brief", "welcome-pack"})
  void aRevisionIsWrittenAfreshFromTheBrief(String type) {
    Brief brief = new Brief(RICH_BRIEF);
    String draft = writer.write(new OfflineWriter.Request(type, brief, 1, null, null));

    assertThat(writer.write(new OfflineWriter.Request(type, brief, 2, "TODO", "QA feedback: fix it")))
        .isEqualTo(draft);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dealers order spare parts by phone", "Budget approved, we need a partner this quarter",
      "Looking to replace our legacy ERP", "no need we recognise"})
  void anOutreachEmailAddressesTheNeedInOurWords(String note) {
    Brief brief = new Brief(Map.of("clientName", "Acme Robotics", "contactName", "Dana Reyes",
        "industry", "industrial robotics", "internalNotes", List.of(note)));

    String email = writer.write(new OfflineWriter.Request("outreach-email", brief, 1, null, null));

    assertThat(email).doesNotContainIgnoringCase(note).startsWith("Dear Dana Reyes,\n\n");
    assertThat(email.split("\n\n")[1]).as("a sentence on the client's need, not a quote").hasSizeGreaterThan(60)
        .doesNotContainIgnoringCase(note);
    assertPassesItsChecks("outreach-email", brief);
  }

  @Test
  void datesAreNamedAfterTheirField() {
    assertThat(TemplateWriter.label("kickOffDate")).isEqualTo("Kick off");
    assertThat(TemplateWriter.label("startDate")).isEqualTo("Start");
  }

  private void assertPassesItsChecks(String type, Brief brief) {
    String document = writer.write(new OfflineWriter.Request(type, brief, 1, null, null));

    assertThat(QaChecks.run(DeliverableSpecs.of(type), brief, document))
        .as(document).allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": " + check.detail()).isTrue());
    assertThat(document).doesNotContain("{{");
  }
}
