package com.businessbuilder.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The objective half of a QA review: checks anyone can repeat with the same result. Per deliverable type the
 * required parts and the length; for every type no placeholders or TODOs, and the facts of the brief (client name,
 * price, dates) stated exactly.
 */
final class QaChecks {

  static final String LENGTH = "Length";
  static final String NO_PLACEHOLDERS = "No placeholders or TODOs";
  static final String CLIENT_NAME = "Client name stated";
  static final String PRICE = "Price stated";

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final List<Pattern> PLACEHOLDERS = List.of(
      Pattern.compile("\\b(TODO|TBD|TBC|FIXME)\\b", Pattern.CASE_INSENSITIVE),
      Pattern.compile("XXX+"),
      Pattern.compile("\\{\\{[^}\\n]*}}"),
      // [Client name], but not a Markdown link [text](url), a footnote [1] or a checkbox [x]
      Pattern.compile("\\[[^\\]\\n]*[A-Za-z]{2}[^\\]\\n]*](?![(\\[:])"),
      Pattern.compile("<(insert|add|enter|your)\\b[^<>\\n]*>", Pattern.CASE_INSENSITIVE),
      Pattern.compile("lorem ipsum", Pattern.CASE_INSENSITIVE));
  /** 12,500 / 12.500,00 / 12'500 / 12500.50 */
  private static final Pattern AMOUNT =
      Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[,.'\u00a0\u202f]\\d{3})+(?:[.,]\\d{1,2})?(?![\\d])|(?<![\\d.,])\\d+(?:[.,]\\d{1,2})?(?![\\d])");
  private static final List<DateTimeFormatter> DATE_FORMS = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ENGLISH));

  static List<QaCheck> run(DeliverableSpec spec, Brief brief, String content) {
    String text = content == null ? "" : content;
    List<QaCheck> checks = new ArrayList<>();
    spec.parts().forEach(part -> checks.add(part.present().test(text, brief)
        ? QaCheck.pass(part.name(), "present")
        : QaCheck.fail(part.name(), "missing: " + part.hint())));
    checks.add(length(spec, text));
    checks.add(placeholders(text));
    checks.addAll(facts(brief, text));
    return checks;
  }

  static QaCheck length(DeliverableSpec spec, String text) {
    long words = WORD.matcher(text).results().count();
    String detail = words + " words (expected " + spec.minWords() + " to " + spec.maxWords() + ")";
    return words >= spec.minWords() && words <= spec.maxWords()
        ? QaCheck.pass(LENGTH, detail) : QaCheck.fail(LENGTH, detail);
  }

  static QaCheck placeholders(String text) {
    Set<String> found = new LinkedHashSet<>();
    for (Pattern placeholder : PLACEHOLDERS) {
      Matcher matcher = placeholder.matcher(text);
      while (matcher.find() && found.size() < 5) {
        found.add(matcher.group());
      }
    }
    return found.isEmpty() ? QaCheck.pass(NO_PLACEHOLDERS, "none found")
        : QaCheck.fail(NO_PLACEHOLDERS, "found " + String.join(", ", found.stream().map(f -> "'" + f + "'").toList())
            + ": replace each with the real text");
  }

  static List<QaCheck> facts(Brief brief, String text) {
    List<QaCheck> checks = new ArrayList<>();
    String lower = normalize(text);
    if (brief.clientName() != null) {
      checks.add(lower.contains(normalize(brief.clientName()))
          ? QaCheck.pass(CLIENT_NAME, brief.clientName())
          : QaCheck.fail(CLIENT_NAME, "the client's name '" + brief.clientName() + "' does not appear"));
    }
    if (brief.price() != null) {
      checks.add(statesAmount(text, brief.price())
          ? QaCheck.pass(PRICE, brief.formattedPrice())
          : QaCheck.fail(PRICE, "the price " + brief.formattedPrice() + " does not appear as given"));
    }
    brief.dates().forEach((name, date) -> {
      String check = "Date stated: " + name;
      checks.add(statesDate(lower, date)
          ? QaCheck.pass(check, Brief.formatDate(date))
          : QaCheck.fail(check, "the date " + Brief.formatDate(date) + " (" + name + ") does not appear"));
    });
    return checks;
  }

  static boolean statesAmount(String text, BigDecimal amount) {
    Matcher matcher = AMOUNT.matcher(text);
    while (matcher.find()) {
      String token = matcher.group().replaceAll("['\u00a0\u202f]", "");
      if (sameAmount(token.replace(",", ""), amount) || sameAmount(token.replace(".", "").replace(',', '.'), amount)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameAmount(String token, BigDecimal amount) {
    try {
      return new BigDecimal(token).compareTo(amount) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static boolean statesDate(String normalizedText, LocalDate date) {
    return DATE_FORMS.stream().map(form -> normalize(form.format(date))).anyMatch(normalizedText::contains);
  }

  private static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private QaChecks() {}
}
