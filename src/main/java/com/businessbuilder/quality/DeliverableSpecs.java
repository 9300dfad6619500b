package com.businessbuilder.quality;

import com.businessbuilder.quality.DeliverableSpec.Part;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The deliverable types QA knows, and a generic expectation for any other type. Thresholds and attempts per type
 * are business policy and live in {@code dmn/quality-policy.dmn}; what a well-formed document of a type contains
 * is defined here.
 */
public final class DeliverableSpecs {

  static final String OUTREACH_EMAIL = "outreach-email";
  static final String PROPOSAL = "proposal";
  static final String MARKET_BRIEF = "market-brief";
  /** The output of one planned task ({@code work} module): its acceptance criteria are what QA checks. */
  public static final String WORK_OUTPUT = "work-output";
  /** The brief field that lists a work output's acceptance criteria. */
  public static final String ACCEPTANCE_CRITERIA = "acceptanceCriteria";

  private static final Pattern GREETING =
      Pattern.compile("^(dear|hello|hi|good (morning|afternoon|evening))\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CALL_TO_ACTION = Pattern.compile("\\?|\\b(reply|book|schedule|let me know|"
      + "let us know|get in touch|call me|call us|are you available|would you be open)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGN_OFF = Pattern.compile("(?im)^\\s*(best regards|kind regards|warm regards|"
      + "regards|best|sincerely|thank you|thanks|cheers)\\s*,?\\s*$\\s*^\\s*\\S.*$");

  private static final Map<String, DeliverableSpec> SPECS = Map.of(
      OUTREACH_EMAIL, new DeliverableSpec(OUTREACH_EMAIL,
          "A plain-text e-mail: a greeting that names the contact or the client on the first line, a short body "
              + "that says why we write, one clear call to action, and a sign-off followed by the sender's name.",
          List.of(
              new Part("Greeting", "open with a greeting that names the contact or the client (\"Dear ...,\")",
                  DeliverableSpecs::greetsByName),
              new Part("Call to action", "ask for one concrete next step (reply, book a call)",
                  (content, brief) -> CALL_TO_ACTION.matcher(content).find()),
              new Part("Signature", "close with a sign-off (\"Kind regards,\") and the sender's name on the next line",
                  (content, brief) -> SIGN_OFF.matcher(content).find())),
          60, 250),
      PROPOSAL, new DeliverableSpec(PROPOSAL,
          "A Markdown proposal with a title and the sections ## Scope (what we deliver), ## Price (the price, "
              + "exactly as given) and ## Timeline (the dates, exactly as given).",
          List.of(section("Scope"), section("Price", "Pricing", "Investment", "Fees"),
              section("Timeline", "Schedule")),
          150, 1500),
      MARKET_BRIEF, new DeliverableSpec(MARKET_BRIEF,
          "A Markdown market brief with the sections ## Summary, ## Market, ## Opportunities, ## Risks and "
              + "## Recommendation.",
          List.of(section("Summary", "Executive summary"), section("Market", "Market overview"),
              section("Opportunities"), section("Risks"), section("Recommendation", "Recommendations")),
          150, 1200),
      WORK_OUTPUT, new DeliverableSpec(WORK_OUTPUT,
          "A Markdown document titled with the task. For each acceptance criterion a section whose heading repeats "
              + "the criterion word for word (\"## <criterion>\") and says how the output meets it, then a section "
              + "## Output with the work itself: the design, the steps, the text or the decisions the task asked for.",
          List.of(new Part("Acceptance criteria addressed", "add a section headed with each acceptance criterion, "
              + "word for word, that says how the output meets it", DeliverableSpecs::addressesEveryCriterion),
              section("Output")),
          60, 3000));

  static DeliverableSpec of(String type) {
    DeliverableSpec known = SPECS.get(type);
    return known != null ? known : new DeliverableSpec(type,
        "A clear Markdown document that states the facts of the brief exactly.", List.of(), 30, 2000);
  }

  /** A Markdown heading (or a line of its own) with the section's name or one of its aliases. */
  static Part section(String name, String... aliases) {
    String names = String.join("|", Stream.concat(Stream.of(name),
        Arrays.stream(aliases)).map(Pattern::quote).toList());
    Pattern heading = Pattern.compile("(?im)^\\s{0,3}(#{1,6}\\s*)?(\\*\\*)?(" + names + ")(\\*\\*)?\\s*:?\\s*$");
    return new Part("Section " + name, "add a section headed \"## " + name + "\"",
        (content, brief) -> heading.matcher(content).find());
  }

  /** Every acceptance criterion of the brief is the heading (or a line) of its own in the output. */
  static boolean addressesEveryCriterion(String content, Brief brief) {
    Object criteria = brief.values().get(ACCEPTANCE_CRITERIA);
    if (!(criteria instanceof List<?> list) || list.isEmpty()) {
      return true;
    }
    List<String> lines = content.lines().map(DeliverableSpecs::normalized).toList();
    return list.stream().map(Object::toString).map(DeliverableSpecs::normalized)
        .allMatch(criterion -> lines.stream().anyMatch(line -> line.equals(criterion)));
  }

  /** A line as a heading or a list item says it: without marks, spacing or case. */
  private static String normalized(String line) {
    return line.replaceFirst("^\\s{0,3}(#{1,6}|[-*+]|\\d+[.)])?\\s*", "").replaceAll("[*_`]", "")
        .replaceAll("\\s+", " ").replaceAll("[.:]$", "").trim().toLowerCase(Locale.ROOT);
  }

  private static boolean greetsByName(String content, Brief brief) {
    String firstLine = content.strip().lines().findFirst().orElse("").trim();
    if (!GREETING.matcher(firstLine).matches()) {
      return false;
    }
    List<String> names = Stream.of(brief.contactName(), brief.clientName())
        .filter(Objects::nonNull).toList();
    String line = firstLine.toLowerCase(Locale.ROOT);
    return names.isEmpty() || names.stream().anyMatch(name -> line.contains(name.toLowerCase(Locale.ROOT)));
  }

  private DeliverableSpecs() {}
}
