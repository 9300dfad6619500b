package com.businessbuilder.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The objective half of a QA review: checks anyone can repeat with the same result, whichever provider wrote the
 * text. Per deliverable type the required parts and the length; for every type no placeholders or TODOs, nothing
 * of the client's words or our notes repeated to the client, no internal notes, no line breaks inside a paragraph,
 * and the facts of the brief (client name, price, dates) stated exactly.
 */
public final class QaChecks {

  static final String LENGTH = "Length";
  static final String NO_PLACEHOLDERS = "No placeholders or TODOs";
  static final String CLIENT_NAME = "Client name stated";
  static final String PRICE = "Price stated";
  static final String OWN_WORDS = "In our own words";
  static final String NO_INTERNAL_NOTES = "No internal notes";
  static final String WHOLE_PARAGRAPHS = "No line breaks inside paragraphs";

  /** Five words in a row from the client's text or our notes are a quote, not a coincidence. */
  static final int QUOTED_WORDS = 5;

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final List<Pattern> PLACEHOLDERS = List.of(
      Pattern.compile("\\b(TODO|TBD|TBC|FIXME)\\b", Pattern.CASE_INSENSITIVE),
      Pattern.compile("XXX+"),
      Pattern.compile("\\{\\{[^}\\n]*}}"),
      // [Client name], but not a Markdown link [text](url), a footnote [1] or a checkbox [x]
      Pattern.compile("\\[[^\\]\\n]*[A-Za-z]{2}[^\\]\\n]*](?![(\\[:])"),
      Pattern.compile("<(insert|add|enter|your)\\b[^<>\\n]*>", Pattern.CASE_INSENSITIVE),
      Pattern.compile("lorem ipsum", Pattern.CASE_INSENSITIVE));
  /** What only we talk about: sales jargon, our approval process, notes to ourselves, the brief's field names. */
  private static final List<Pattern> INTERNAL = List.of(
      Pattern.compile("(?im)^\\W*(internal|fyi|note to self)\\s*[:\\-]"),
      Pattern.compile("\\b(note to self|internal (note|comment|use)s?( only)?)\\b", Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b((hot|warm|cold) lead|lead (score|tier)|scored \\d+|score of \\d+)\\b",
          Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b(ceo (guidance|gate|approval)|approval policy|quality gate|qa (score|check|feedback)|"
          + "our margin|margin of \\d+)\\b", Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b(internalNotes|ceoGuidance|clientName|contactName|senderName|greetingName)\\b"));
  private static final Pattern NOTE_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** A line that ends a paragraph's sentence, a greeting or a sign-off, or is a heading, list item or table row. */
  private static final Pattern LINE_ENDS = Pattern.compile("[.:;!?,)\"'\u201d]\\s*$|^\\s*([#>|*+-]|\\d+[.)])");
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
    checks.add(ownWords(brief, text));
    checks.add(internalNotes(text));
    checks.add(wholeParagraphs(text));
    checks.addAll(facts(brief, text));
    return checks;
  }

  static QaCheck length(DeliverableSpec spec, String text) {
    long words = WORD.matcher(text).results().count();
    String detail = words + " words (expected " + spec.minWords() + " to " + spec.maxWords() + ")";
    return words >= spec.minWords() && words <= spec.maxWords()
        ? QaCheck.pass(LENGTH, detail) : QaCheck.fail(LENGTH, detail);
  }

  /** The text with every placeholder taken out, for writers that repeat what they were told to fix. */
  static String withoutPlaceholders(String text) {
    String cleaned = text;
    for (Pattern placeholder : PLACEHOLDERS) {
      cleaned = placeholder.matcher(cleaned).replaceAll("");
    }
    return cleaned.replaceAll("[ \t]{2,}", " ").strip();
  }

  public static QaCheck placeholders(String text) {
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

  /** No run of {@link #QUOTED_WORDS} words (a whole note if it is shorter) from the brief's internal notes. */
  static QaCheck ownWords(Brief brief, String text) {
    String document = " " + String.join(" ", words(text)) + " ";
    for (String note : brief.internalNotes()) {
      List<String> words = words(note);
      int run = Math.min(QUOTED_WORDS, words.size());
      for (int start = 0; run >= 3 && start + run <= words.size(); start++) {
        List<String> quote = words.subList(start, start + run);
        if (quote.stream().anyMatch(word -> word.length() >= 4)
            && document.contains(" " + String.join(" ", quote) + " ")) {
          return QaCheck.fail(OWN_WORDS, "repeats '" + String.join(" ", quote) + "' from the client's words or "
              + "our notes: say what it means for the client in our own words, and never quote the notes");
        }
      }
    }
    return QaCheck.pass(OWN_WORDS, "nothing repeated from the client's words or our notes");
  }

  static QaCheck internalNotes(String text) {
    Set<String> found = new LinkedHashSet<>();
    for (Pattern internal : INTERNAL) {
      Matcher matcher = internal.matcher(text);
      while (matcher.find() && found.size() < 5) {
        found.add(matcher.group().strip());
      }
    }
    return found.isEmpty() ? QaCheck.pass(NO_INTERNAL_NOTES, "none found")
        : QaCheck.fail(NO_INTERNAL_NOTES, "found " + String.join(", ", found.stream().map(f -> "'" + f + "'").toList())
            + ": the client must not read our notes, scores or approval steps");
  }

  /** A paragraph is one line: a line break before a word that goes on the sentence is a hard wrap. */
  static QaCheck wholeParagraphs(String text) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      String next = lines.get(i + 1).strip();
      if (!line.isBlank() && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
          && !LINE_ENDS.matcher(line).find()) {
        return QaCheck.fail(WHOLE_PARAGRAPHS, "line " + (i + 1) + " breaks a sentence ('…" + tail(line) + "' / '"
            + head(next) + "…'): write each paragraph as one line");
      }
    }
    return QaCheck.pass(WHOLE_PARAGRAPHS, "every paragraph is one line");
  }

  private static List<String> words(String text) {
    return NOTE_WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
  }

  private static String tail(String line) {
    String stripped = line.strip();
    return stripped.length() <= 30 ? stripped : stripped.substring(stripped.length() - 30);
  }

  private static String head(String line) {
    return line.length() <= 30 ? line : line.substring(0, 30);
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
