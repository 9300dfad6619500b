package com.businessbuilder.lifecycle;

import com.businessbuilder.agent.llm.LlmQuestion;
import com.businessbuilder.agent.llm.OfflineComposer;
import com.businessbuilder.work.WorkPlan;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The lifecycle's agent tasks without a model, deterministic so offline runs and tests repeat, and fitted to the goal:
 * the kind of business (a shop, a software product, a consulting practice, or anything else) decides the departments
 * and tasks, and the goal's own subject names them. A re-plan keeps what is finished, continues its keys and adds a
 * task for each instruction of the CEO.
 */
final class OfflineLifecycle {

  private static final Pattern SUBJECT = Pattern.compile(
      "(?i)^\\s*(?:open|launch|start|build|create|set up|run|offer|sell)\\s+(.+?)(?:\\s+within\\b|\\s+by\\b|\\s+in \\d|"
          + "\\s+before\\b|[,.;]|$)");
  private static final Pattern NUMBERED = Pattern.compile("(?m)^(\\d+)\\. ");
  private static final Pattern SETTLED = Pattern.compile("(?m)^(\\S+) (.+) \\((done|dropped)\\)$");
  private static final Pattern INSTRUCTION = Pattern.compile(
      "(?m)^(?:The CEO's instruction|The CEO's strategic change|The CEO asked for changes to the plan|"
          + "Before the launch, the CEO asks): (.+)$");

  private static final String ACTING_ON_INSTRUCTION = "Act on the CEO's instruction: ";
  /** An instruction planned before and not yet carried out stays in the plan. */
  private static final Pattern OPEN_INSTRUCTION = Pattern.compile("(?m)^\\S+ (" + Pattern.quote(ACTING_ON_INSTRUCTION)
      + ".+)$");

  /** The kinds of business the offline planner knows. */
  enum Kind {
    SHOP("shop", "store", "e-commerce", "ecommerce", "sell", "retail", "boutique"),
    SOFTWARE("saas", "software", "app", "platform", "subscription", "tool"),
    CONSULTING("consulting", "consultancy", "advisory", "practice", "coaching", "agency"),
    OTHER;

    private final List<String> words;

    Kind(String... words) {
      this.words = List.of(words);
    }

    static Kind of(String goal) {
      String text = goal.toLowerCase(Locale.ROOT);
      for (Kind kind : values()) {
        if (kind.words.stream().anyMatch(word -> Pattern.compile("\\b" + word + "s?\\b").matcher(text).find())) {
          return kind;
        }
      }
      return OTHER;
    }
  }

  private OfflineLifecycle() {}

  static String text(LlmQuestion question, String input) {
    Object value = question.inputs().get(input);
    return value == null ? "" : value.toString();
  }

  /** What the goal is about: "an online shop for handmade furniture" of "Open an online shop for ... in 90 days". */
  static String subject(String goal) {
    Matcher matcher = SUBJECT.matcher(goal.strip());
    String subject = matcher.find() ? matcher.group(1) : goal.strip();
    return subject.length() <= 80 ? subject : subject.substring(0, 80);
  }

  @Component
  static class Analyst implements OfflineComposer {

    private final ObjectMapper json;

    Analyst(ObjectMapper json) {
      this.json = json;
    }

    @Override
    public String task() {
      return BusinessLifecycleProcess.Topics.ANALYSE;
    }

    @Override
    public String compose(LlmQuestion question) {
      String goal = text(question, "goal");
      String subject = subject(goal);
      Kind kind = Kind.of(goal);
      String buyers = switch (kind) {
        case SHOP -> "Private buyers who look for " + subject + " online and compare by photos, reviews and delivery";
        case SOFTWARE -> "Small teams who would pay a monthly fee for " + subject + " if it saves them hours";
        case CONSULTING -> "Companies who buy " + subject + " by the day, mostly through referrals";
        case OTHER -> "People who need " + subject + "; who exactly pays is unknown and must be tested";
      };
      String rivals = switch (kind) {
        case SHOP -> "Marketplaces and established shops already sell similar goods; we differ by craft and story";
        case SOFTWARE -> "Established tools cover part of it; we differ by focus and a simple start";
        case CONSULTING -> "Large firms and freelancers compete; we differ by speed and fixed prices";
        case OTHER -> "Competitors are unknown yet; research them first";
      };
      String need = switch (kind) {
        case SHOP -> "Product photos, a shop with payments, and a carrier for bulky parcels";
        case SOFTWARE -> "Engineers, hosting and a billing provider for subscriptions";
        case CONSULTING -> "Consultants with the right experience and a contract template";
        case OTHER -> "A clear offer, someone to build it and a way to reach buyers";
      };
      Map<String, Object> answer = new HashMap<>();
      answer.put("market", List.of(buyers, "Budget " + text(question, "budget") + " limits paid marketing at first"));
      answer.put("competitors", List.of(rivals));
      answer.put("resources", List.of(need, "Time: everything must be live by " + text(question, "deadline")));
      answer.put("risks", List.of(
          Map.of("risk", "The deadline " + text(question, "deadline") + " is missed", "likelihood", "medium",
              "mitigation", "Launch with the smallest offer that works and grow after"),
          Map.of("risk", "Costs exceed " + text(question, "budget"), "likelihood", "low",
              "mitigation", "Estimate every task and check spend in every operations cycle")));
      return OfflineComposer.asJson(json, answer);
    }
  }

  @Component
  static class Planner implements OfflineComposer {

    private final ObjectMapper json;

    Planner(ObjectMapper json) {
      this.json = json;
    }

    @Override
    public String task() {
      return BusinessLifecycleProcess.Topics.PLAN;
    }

    @Override
    public String compose(LlmQuestion question) {
      String goal = text(question, "goal");
      List<Integer> all = IntStream.rangeClosed(1, Math.max(1, (int) NUMBERED.matcher(text(question,
          "requirements")).results().count())).boxed().toList();
      List<Step> steps = new ArrayList<>(steps(Kind.of(goal), subject(goal)));
      List<String> instructions = new ArrayList<>();
      Matcher earlier = OPEN_INSTRUCTION.matcher(text(question, "openTasks"));
      while (earlier.find()) {
        instructions.add(earlier.group(1));
      }
      Matcher instruction = INSTRUCTION.matcher(text(question, "replanReason"));
      while (instruction.find()) {
        instructions.add(ACTING_ON_INSTRUCTION + clip(instruction.group(1)));
      }
      instructions.stream().distinct().forEach(title -> steps.add(new Step("management", title, "project-manager",
          "delivery-reviewer", 40, List.of(), "Build", 2)));
      Map<String, String> keys = new HashMap<>();
      int next = 1;
      Matcher settled = SETTLED.matcher(text(question, "settledTasks"));
      while (settled.find()) {
        keys.put(settled.group(2), settled.group(1));
        next = Math.max(next, number(settled.group(1)) + 1);
      }
      List<WorkPlan.Task> tasks = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        if (keys.containsKey(step.title())) {
          continue; // finished before: kept as it is
        }
        String key = "T" + next++;
        keys.put(step.title(), key);
        List<String> dependsOn = step.after().stream().map(index -> keys.get(steps.get(index).title()))
            .filter(dependency -> dependency != null).toList();
        tasks.add(new WorkPlan.Task(key, step.title(), step.title() + " for \"" + clip(goal) + "\".",
            List.of(step.title() + " is done and its result written down",
                "It respects the budget, the deadline and every constraint"),
            step.producer(), step.reviewer(), step.priority(), BigDecimal.valueOf(step.hours()), dependsOn,
            step.department(), i == 0 ? all : List.of(1), step.milestone()));
      }
      if (tasks.isEmpty()) {
        tasks.add(new WorkPlan.Task("T" + next, "Confirm that nothing is left to plan", "Check the finished work "
            + "against the goal.", List.of("Every requirement is served by a finished task"), "project-manager",
            "delivery-reviewer", 3, BigDecimal.ONE, List.of(), "management", all, "Build"));
      }
      return OfflineComposer.asJson(json, new WorkPlan(tasks));
    }

    private static int number(String key) {
      String digits = key.replaceAll("\\D", "");
      return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static String clip(String text) {
      return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
  }

  /** One task of a template plan; {@code after} names earlier steps by their index. */
  record Step(String department, String title, String producer, String reviewer, int hours, List<Integer> after,
      String milestone, int priority) {}

  static List<Step> steps(Kind kind, String subject) {
    return switch (kind) {
      case SHOP -> List.of(
          new Step("management", "Define the range and prices of " + subject, "market-researcher",
              "research-reviewer", 8, List.of(), "Offer defined", 1),
          new Step("business-dev", "Research buyers and competitors of " + subject, "market-researcher",
              "research-reviewer", 12, List.of(), "Offer defined", 2),
          new Step("legal", "Write the terms of sale, returns and privacy policy", "contract-specialist",
              "legal-reviewer", 10, List.of(0), "Shop built", 1),
          new Step("engineering", "Design the shop's pages and checkout", "ux-designer", "engineering-reviewer", 16,
              List.of(0), "Shop built", 1),
          new Step("engineering", "Build the online shop with catalogue, cart and payments", "software-engineer",
              "engineering-reviewer", 60, List.of(3), "Shop built", 1),
          new Step("marketing", "Photograph and describe every product", "data-enricher", "communication-reviewer",
              24, List.of(0), "Shop built", 2),
          new Step("logistics", "Arrange shipping and packaging for the products", "project-manager",
              "delivery-reviewer", 12, List.of(0), "Ready to sell", 1),
          new Step("finance", "Set up bookkeeping, VAT and payment reconciliation", "invoice-clerk",
              "finance-reviewer", 8, List.of(4), "Ready to sell", 2),
          new Step("sales", "Write the answers customer service gives", "outreach-writer", "communication-reviewer",
              6, List.of(2, 6), "Ready to sell", 3),
          new Step("marketing", "Plan the opening campaign", "outreach-writer", "communication-reviewer", 10,
              List.of(1, 5), "Ready to sell", 2));
      case SOFTWARE -> List.of(
          new Step("management", "Define the first version of " + subject, "market-researcher",
              "research-reviewer", 8, List.of(), "Scope agreed", 1),
          new Step("engineering", "Design the architecture of " + subject, "solution-architect",
              "engineering-reviewer", 16, List.of(0), "Scope agreed", 1),
          new Step("engineering", "Build the first version with sign-up and onboarding", "software-engineer",
              "engineering-reviewer", 80, List.of(1), "Product built", 1),
          new Step("it", "Set up hosting, backups and monitoring", "solution-architect", "engineering-reviewer",
              16, List.of(1), "Product built", 1),
          new Step("quality", "Run a beta test with ten users", "project-manager", "qa-reviewer", 16, List.of(2, 3),
              "Beta done", 1),
          new Step("legal", "Write the terms of service and data processing agreement", "contract-specialist",
              "legal-reviewer", 10, List.of(0), "Beta done", 2),
          new Step("finance", "Set up subscription billing", "invoice-clerk", "finance-reviewer", 8, List.of(2),
              "Beta done", 2),
          new Step("marketing", "Write the landing page and positioning", "outreach-writer", "communication-reviewer",
              12, List.of(0), "Public launch", 2),
          new Step("sales", "Define the price tiers and trial", "negotiator", "proposal-reviewer", 6, List.of(0),
              "Public launch", 2),
          new Step("engineering", "Write the user guide", "technical-writer", "communication-reviewer", 10,
              List.of(2), "Public launch", 3));
      case CONSULTING -> List.of(
          new Step("management", "Define the services and day rates of " + subject, "market-researcher",
              "research-reviewer", 8, List.of(), "Offer defined", 1),
          new Step("business-dev", "Research the first fifty target clients", "market-researcher",
              "research-reviewer", 12, List.of(0), "Offer defined", 1),
          new Step("hr", "Find the consultants and agree their terms", "project-manager", "delivery-reviewer", 16,
              List.of(0), "Team ready", 1),
          new Step("legal", "Write the engagement contract template", "contract-specialist", "legal-reviewer", 8,
              List.of(0), "Team ready", 1),
          new Step("marketing", "Write two case studies and the website pages", "outreach-writer",
              "communication-reviewer", 16, List.of(0), "First clients", 2),
          new Step("sales", "Write the outreach sequence and proposal template", "proposal-writer",
              "proposal-reviewer", 10, List.of(1, 3), "First clients", 1),
          new Step("finance", "Set up time tracking and invoicing", "invoice-clerk", "finance-reviewer", 6,
              List.of(3), "First clients", 2));
      case OTHER -> List.of(
          new Step("management", "Define what " + subject + " offers and to whom", "market-researcher",
              "research-reviewer", 8, List.of(), "Offer defined", 1),
          new Step("business-dev", "Research the market for " + subject, "market-researcher", "research-reviewer",
              12, List.of(), "Offer defined", 2),
          new Step("engineering", "Build what " + subject + " needs to start", "software-engineer",
              "engineering-reviewer", 40, List.of(0), "Built", 1),
          new Step("legal", "Check the legal requirements", "contract-specialist", "legal-reviewer", 8,
              List.of(0), "Built", 2),
          new Step("finance", "Set up invoicing and bookkeeping", "invoice-clerk", "finance-reviewer", 6,
              List.of(0), "Ready to start", 2),
          new Step("marketing", "Plan how the first customers hear of it", "outreach-writer",
              "communication-reviewer", 10, List.of(1), "Ready to start", 2));
    };
  }
}
