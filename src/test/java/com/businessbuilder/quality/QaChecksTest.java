package com.businessbuilder.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QaChecksTest {

  static final Brief ACME = new Brief(Map.of("clientName", "Acme Robotics", "contactName", "Dana Reyes",
      "price", 12500, "startDate", "2026-03-02"));

  @Nested
  class RequiredParts {

    @Test
    void proposalNeedsScopePriceAndTimelineSections() {
      String complete = "# Proposal\n\n## Scope\nPortal.\n\n## Pricing\nEUR 12,500\n\n**Timeline**\n2 March 2026\n";

      assertThat(failed(DeliverableSpecs.PROPOSAL, complete)).doesNotContain("Section Scope", "Section Price",
          "Section Timeline");
      assertThat(failed(DeliverableSpecs.PROPOSAL, "# Proposal\n\n## Scope\nPortal.\n\nThe price is EUR 12,500."))
          .contains("Section Price", "Section Timeline");
    }

    @Test
    void aSectionNameInsideASentenceIsNotASection() {
      assertThat(failed(DeliverableSpecs.PROPOSAL, "The scope, the price and the timeline are agreed."))
          .contains("Section Scope", "Section Price", "Section Timeline");
    }

    @Test
    void marketBriefNeedsItsFiveSections() {
      String brief = "## Executive summary\nx\n## Market overview\nx\n## Opportunities\nx\n## Risks\nx\n"
          + "## Recommendations\nx\n";

      assertThat(failed(DeliverableSpecs.MARKET_BRIEF, brief)).noneMatch(name -> name.startsWith("Section"));
      assertThat(failed(DeliverableSpecs.MARKET_BRIEF, "## Summary\nx\n")).contains("Section Market",
          "Section Opportunities", "Section Risks", "Section Recommendation");
    }

    @Test
    void outreachEmailGreetsTheContactOrClientByName() {
      assertThat(failed(DeliverableSpecs.OUTREACH_EMAIL, "Dear Dana Reyes,\n\nHello.")).doesNotContain("Greeting");
      assertThat(failed(DeliverableSpecs.OUTREACH_EMAIL, "Hi Acme Robotics team,\n\nHello."))
          .doesNotContain("Greeting");
      assertThat(failed(DeliverableSpecs.OUTREACH_EMAIL, "Dear Sir or Madam,\n\nHello.")).contains("Greeting");
      assertThat(failed(DeliverableSpecs.OUTREACH_EMAIL, "We are writing to Dana Reyes.")).contains("Greeting");
    }

    @Test
    void outreachEmailAsksForANextStep() {
      assertThat(failed(DeliverableSpecs.OUTREACH_EMAIL, "Could we talk on Tuesday?"))
          .doesNotContain("Call to action");
      assertThat(failed(DeliverableSpecs.OUTREACH_EMAIL, "Just reply with a time that suits you."))
          .doesNotContain("Call to action");
      assertThat(failed(DeliverableSpecs.OUTREACH_EMAIL, "We build portals. We are good at it."))
          .contains("Call to action");
    }

    @Test
    void outreachEmailEndsWithASignOffAndAName() {
      assertThat(failed(DeliverableSpecs.OUTREACH_EMAIL, "Hello.\n\nKind regards,\nSam Park\n"))
          .doesNotContain("Signature");
      assertThat(failed(DeliverableSpecs.OUTREACH_EMAIL, "Hello.\n\nKind regards,\n")).contains("Signature");
      assertThat(failed(DeliverableSpecs.OUTREACH_EMAIL, "Hello. Best regards from Berlin.")).contains("Signature");
    }

    @Test
    void anUnknownTypeHasNoRequiredPartsButTheGenericLength() {
      DeliverableSpec spec = DeliverableSpecs.of("welcome-pack");

      assertThat(spec.parts()).isEmpty();
      assertThat(spec.minWords()).isEqualTo(30);
      assertThat(spec.maxWords()).isEqualTo(2000);
    }
  }

  @Nested
  class Length {

    DeliverableSpec spec = new DeliverableSpec("t", "form", List.of(), 3, 5);

    @Test
    void wordsWithinTheBoundsPass() {
      assertThat(QaChecks.length(spec, "one two three").passed()).isTrue();
      assertThat(QaChecks.length(spec, "one two three four five").passed()).isTrue();
    }

    @Test
    void tooShortOrTooLongFailsWithTheCount() {
      assertThat(QaChecks.length(spec, "one two")).extracting(QaCheck::passed, QaCheck::detail)
          .containsExactly(false, "2 words (expected 3 to 5)");
      assertThat(QaChecks.length(spec, "one two three four five six").passed()).isFalse();
    }
  }

  @Nested
  class Placeholders {

    @ParameterizedTest
    @ValueSource(strings = {"TODO: add the price", "Timeline: TBD", "dates tbc", "FIXME later", "Call XXX",
        "Dear [Client name],", "Hello {{contactName}}", "<insert date here>", "Lorem ipsum dolor sit amet"})
    void leftOverMarkersFail(String text) {
      QaCheck check = QaChecks.placeholders("A sentence. " + text + " More text.");

      assertThat(check.passed()).as(text).isFalse();
      assertThat(check.detail()).startsWith("found '");
    }

    @ParameterizedTest
    @ValueSource(strings = {"See [our case study](https://example.com/case).", "As shown in [1].",
        "- [x] signed", "Today we take the next step.", "Contact <sam@example.com>."})
    void ordinaryTextPasses(String text) {
      assertThat(QaChecks.placeholders(text).passed()).as(text).isTrue();
    }
  }

  @Nested
  class Facts {

    @Test
    void theClientsNameMustAppear() {
      assertThat(clientNameCheck("For ACME ROBOTICS only.").passed()).isTrue();
      assertThat(clientNameCheck("For Acme only.")).extracting(QaCheck::passed, QaCheck::detail)
          .containsExactly(false, "the client's name 'Acme Robotics' does not appear");
    }

    private QaCheck clientNameCheck(String text) {
      return QaChecks.facts(ACME, text).stream().filter(check -> check.name().equals(QaChecks.CLIENT_NAME))
          .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR 12,500", "12500 EUR", "€12,500.00", "12.500,00 €", "EUR 12'500"})
    void thePriceCountsInAnyUsualNotation(String text) {
      assertThat(QaChecks.statesAmount("The price is " + text + ".", new BigDecimal("12500"))).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR 12,000", "EUR 125,000", "EUR 1,250", "2026-12-05"})
    void anotherAmountIsNotThePrice(String text) {
      assertThat(QaChecks.statesAmount("The price is " + text + ".", new BigDecimal("12500"))).as(text).isFalse();
    }

    @Test
    void centsMustMatch() {
      assertThat(QaChecks.statesAmount("EUR 4,800.50", new BigDecimal("4800.5"))).isTrue();
      assertThat(QaChecks.statesAmount("EUR 4,800", new BigDecimal("4800.5"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02", "2 March 2026", "02 March 2026", "March 2, 2026", "2 Mar 2026",
        "02.03.2026"})
    void aDateCountsInAnyUsualNotation(String text) {
      assertThat(QaChecks.statesDate(("We start on " + text + ".").toLowerCase(), LocalDate.of(2026, 3, 2)))
          .as(text).isTrue();
    }

    @Test
    void everyFactOfTheBriefIsChecked() {
      List<QaCheck> checks = QaChecks.facts(ACME, "Acme Robotics pays EUR 12,500; we start on 3 March 2026.");

      assertThat(checks).extracting(QaCheck::name, QaCheck::passed).containsExactly(
          tuple(QaChecks.CLIENT_NAME, true),
          tuple(QaChecks.PRICE, true),
          tuple("Date stated: startDate", false));
    }

    @Test
    void aBriefWithoutFactsAddsNoFactChecks() {
      assertThat(QaChecks.facts(new Brief(Map.of("scope", "anything")), "text")).isEmpty();
    }

    @Test
    void aBriefWithAnUnusableFactIsRefused() {
      assertThatThrownBy(() -> new Brief(Map.of("price", "about ten thousand")).price())
          .hasMessageContaining("price must be a number");
      assertThatThrownBy(() -> new Brief(Map.of("startDate", "next week")).dates())
          .hasMessageContaining("startDate must be an ISO date");
    }
  }

  @Nested
  class WhatTheClientMustNotRead {

    Brief withNotes = new Brief(Map.of("clientName", "Acme Robotics", "internalNotes",
        List.of("Dealers order spare parts by phone", "Budget approved, we need a partner this quarter")));

    @Test
    void theClientsWordsOrOurNotesRepeatedFail() {
      QaCheck check = QaChecks.ownWords(withNotes, "Dear Dana Reyes,\n\nDealers order spare parts by phone\n\nWe can help.");

      assertThat(check.passed()).isFalse();
      assertThat(check.detail()).startsWith("repeats 'dealers order spare parts by'");
      assertThat(QaChecks.ownWords(withNotes, "Good to hear: BUDGET APPROVED. We need a partner this quarter, too.")
          .passed()).isFalse();
    }

    @Test
    void theNeedInOurWordsPasses() {
      assertThat(QaChecks.ownWords(withNotes, "When orders still arrive by phone, each one costs time. We build "
          + "ordering portals for dealers, and we can start this quarter.").passed()).isTrue();
      assertThat(QaChecks.ownWords(new Brief(Map.of("clientName", "Acme")), "Anything at all.").passed()).isTrue();
    }

    @Test
    void aCopiedNoteFailsTheWholeReviewWhateverTheProvider() {
      String copied = "Dear Dana Reyes,\n\nBudget approved, we need a partner this quarter.\n\nWe design, build "
          + "and run digital products for growing companies like Acme Robotics, from the first workshop to live "
          + "operations, with one team that stays accountable and shows results from the first week.\n\nWould "
          + "you be open to a short call next week? Just reply with a time that suits you.\n\nKind regards,\nSam";

      assertThat(QaReport.of(QaChecks.run(DeliverableSpecs.of(DeliverableSpecs.OUTREACH_EMAIL), withNotes, copied),
          null, 75)).extracting(QaReport::passed).isEqualTo(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Internal: check their budget first.", "Note to self: call them Friday.",
        "As a HOT lead with a lead score of 140 you qualify.", "The CEO approval is pending.",
        "Our margin stays at 35%.", "Dear contactName,", "FYI - they said no last year."})
    void internalNotesFail(String text) {
      assertThat(QaChecks.internalNotes("Hello.\n" + text + "\nMore text.").passed()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Note: prices exclude VAT.", "Our internal processes team will join the kick-off.",
        "The score of the match was 2:1.", "A hot topic for every retailer."})
    void ordinaryClientTextIsNotAnInternalNote(String text) {
      assertThat(QaChecks.internalNotes(text).passed()).as(text).isTrue();
    }

    @Test
    void aSentenceBrokenOverTwoLinesFails() {
      QaCheck check = QaChecks.wholeParagraphs("Dear Dana,\n\nWe show working results\nfrom the first week.\n");

      assertThat(check.passed()).isFalse();
      assertThat(check.detail()).startsWith("line 3 breaks a sentence");
    }

    @Test
    void greetingsSignOffsHeadingsAndListsKeepTheirLines() {
      assertThat(QaChecks.wholeParagraphs("Dear Dana,\nthanks for your time.\n\n## Timeline\n- Start: 2 March\n"
          + "- Delivery: 30 April\n\nKind regards,\nSam Park\n").passed()).isTrue();
    }
  }

  static List<String> failed(String type, String content) {
    return QaChecks.run(DeliverableSpecs.of(type), ACME, content).stream().filter(check -> !check.passed())
        .map(QaCheck::name).toList();
  }
}
