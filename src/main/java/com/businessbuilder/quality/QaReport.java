package com.businessbuilder.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * What QA found in one version: every objective check, the QA agent's rubric score when a real model reviewed it,
 * the combined score and whether the version passed.
 *
 * <p>The rule ({@link #of}): the objective score is the share of checks passed, 0 to 100. Offline that is the
 * score. With a real model the score is the rubric score scaled by the same share, so a failed check always
 * costs points. A version passes when every objective check passes and the score reaches the threshold of the
 * quality policy: no rubric score makes up for a missing section, a placeholder or a wrong fact.
 *
 * @param rubricScore the QA agent's score, {@code null} when no model reviewed the version
 * @param rubricFeedback the QA agent's own words, {@code null} without a model
 * @param feedback what the producer must change: the failed checks and the QA agent's feedback
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QaReport(
    boolean passed,
    int score,
    int threshold,
    List<QaCheck> checks,
    Integer rubricScore,
    String rubricFeedback,
    String feedback) {

  public QaReport {
    checks = List.copyOf(checks);
  }

  static QaReport of(List<QaCheck> checks, QaRubric rubric, int threshold) {
    long passedChecks = checks.stream().filter(QaCheck::passed).count();
    double share = checks.isEmpty() ? 1.0 : (double) passedChecks / checks.size();
    int score = (int) Math.round((rubric == null ? 100 : rubric.score()) * share);
    boolean allChecksPass = passedChecks == checks.size();
    boolean passed = allChecksPass && score >= threshold;
    return new QaReport(passed, score, threshold, checks, rubric == null ? null : rubric.score(),
        rubric == null ? null : rubric.feedback(), feedback(checks, rubric, score, threshold, passed));
  }

  private static String feedback(List<QaCheck> checks, QaRubric rubric, int score, int threshold, boolean passed) {
    List<String> lines = new ArrayList<>();
    checks.stream().filter(check -> !check.passed()).forEach(check -> lines.add(check.name() + ": " + check.detail()));
    if (rubric != null) {
      lines.add("QA agent: " + rubric.feedback());
    }
    if (!passed && score < threshold) {
      lines.add("Score " + score + " is below the threshold of " + threshold);
    }
    return lines.isEmpty() ? "No changes needed" : String.join("\n", lines);
  }

  /** The report as the CEO reads it on the form: one line per check, then the score and the feedback. */
  public String asText() {
    StringBuilder text = new StringBuilder();
    checks.forEach(check -> text.append(check.passed() ? "PASS  " : "FAIL  ").append(check.name()).append(" — ")
        .append(check.detail()).append('\n'));
    text.append('\n').append("Score ").append(score).append(" (threshold ").append(threshold).append(')');
    if (rubricScore != null) {
      text.append(", QA agent's rubric score ").append(rubricScore);
    }
    text.append(passed ? ": passed" : ": not passed").append("\n\nFeedback:\n").append(feedback);
    return text.toString();
  }
}
