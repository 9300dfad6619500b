package com.businessbuilder.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rule of {@link QaReport#of}. */
class QaReportTest {

  static final List<QaCheck> ALL_PASS = List.of(QaCheck.pass("a", "ok"), QaCheck.pass("b", "ok"),
      QaCheck.pass("c", "ok"), QaCheck.pass("d", "ok"));
  static final List<QaCheck> ONE_FAILS = List.of(QaCheck.pass("a", "ok"), QaCheck.pass("b", "ok"),
      QaCheck.pass("c", "ok"), QaCheck.fail("Section Price", "missing: add a section"));

  @Test
  void offlineTheScoreIsTheShareOfChecksPassed() {
    assertThat(QaReport.of(ALL_PASS, null, 80)).extracting(QaReport::score, QaReport::passed)
        .containsExactly(100, true);
    assertThat(QaReport.of(ONE_FAILS, null, 70)).extracting(QaReport::score, QaReport::passed)
        .containsExactly(75, false);
  }

  @Test
  void aFailedCheckFailsTheVersionWhateverTheScore() {
    QaReport report = QaReport.of(ONE_FAILS, null, 50);

    assertThat(report.score()).isGreaterThan(report.threshold());
    assertThat(report.passed()).isFalse();
    assertThat(report.feedback()).isEqualTo("Section Price: missing: add a section");
  }

  @Test
  void withAModelTheRubricScoreIsScaledByTheShareOfChecksPassed() {
    QaReport allPass = QaReport.of(ALL_PASS, new QaRubric(90, "Tighten the opening"), 85);
    QaReport oneFails = QaReport.of(ONE_FAILS, new QaRubric(90, "Tighten the opening"), 85);

    assertThat(allPass).extracting(QaReport::score, QaReport::rubricScore, QaReport::passed)
        .containsExactly(90, 90, true);
    assertThat(oneFails.score()).isEqualTo(68);
    assertThat(oneFails.feedback()).contains("Section Price", "QA agent: Tighten the opening");
  }

  @Test
  void aRubricScoreBelowTheThresholdFailsAVersionThatPassesEveryCheck() {
    QaReport report = QaReport.of(ALL_PASS, new QaRubric(60, "Too generic for this client"), 85);

    assertThat(report.passed()).isFalse();
    assertThat(report.feedback()).contains("QA agent: Too generic for this client",
        "Score 60 is below the threshold of 85");
  }

  @Test
  void theCeoReadsEveryCheckTheScoreAndTheFeedback() {
    String text = QaReport.of(ONE_FAILS, null, 80).asText();

    assertThat(text).contains("PASS  a — ok", "FAIL  Section Price — missing: add a section",
        "Score 75 (threshold 80): not passed", "Feedback:\nSection Price: missing");
  }
}
