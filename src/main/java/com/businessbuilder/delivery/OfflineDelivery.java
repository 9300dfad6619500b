package com.businessbuilder.delivery;

import com.businessbuilder.agent.llm.LlmQuestion;
import com.businessbuilder.agent.llm.OfflineComposer;
import com.businessbuilder.work.WorkPlan;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Delivery's agent tasks without a model, deterministic so offline runs and tests repeat: a plan built from the
 * requirements (a design and a build task per requirement, then a guide and handover), a final review that leaves
 * the verdict to the objective checks, a change assessed by its size, and a case study from the project's facts.
 */
final class OfflineDelivery {

  private static final Pattern NUMBERED = Pattern.compile("(?m)^(\\d+)\\. (.+)$");
  private static final Pattern MILESTONE = Pattern.compile("(?m)^(\\d+): ");
  private static final Pattern SETTLED = Pattern.compile("(?m)^(\\S+) (.+) \\((done|dropped)\\)$");

  private OfflineDelivery() {}

  static String text(LlmQuestion question, String input) {
    Object value = question.inputs().get(input);
    return value == null ? "" : value.toString();
  }

  @Component
  static class Planner implements OfflineComposer {

    private final ObjectMapper json;

    Planner(ObjectMapper json) {
      this.json = json;
    }

    @Override
    public String task() {
      return ServiceDeliveryProcess.Topics.PLAN;
    }

    @Override
    public String compose(LlmQuestion question) {
      Map<Integer, String> requirements = new LinkedHashMap<>();
      Matcher numbered = NUMBERED.matcher(text(question, "requirements"));
      while (numbered.find()) {
        requirements.put(Integer.parseInt(numbered.group(1)), numbered.group(2).strip());
      }
      List<String> milestones = MILESTONE.matcher(text(question, "milestones")).results().map(r -> r.group(1))
          .toList();
      String first = milestones.isEmpty() ? "1" : milestones.get(0);
      String last = milestones.isEmpty() ? "1" : milestones.get(milestones.size() - 1);
      String middle = milestones.size() > 2 ? milestones.get(1) : first;
      Map<String, String> settledByTitle = new HashMap<>();
      Matcher settled = SETTLED.matcher(text(question, "settledTasks"));
      int next = 1;
      while (settled.find()) {
        settledByTitle.put(settled.group(2), settled.group(1));
        next = Math.max(next, number(settled.group(1)) + 1);
      }
      Map<String, String> keys = new HashMap<>(settledByTitle);
      List<WorkPlan.Task> tasks = new ArrayList<>();
      List<String> builds = new ArrayList<>();
      for (Map.Entry<Integer, String> requirement : requirements.entrySet()) {
        String subject = shortName(requirement.getValue());
        String design = "Design: " + subject;
        String build = "Build: " + subject;
        next = add(tasks, keys, next, design, "Design how we deliver: " + requirement.getValue() + ".",
            List.of("The design covers " + subject, "Its risks and assumptions are stated"), "solution-architect",
            "engineering-reviewer", 1, 8, List.of(), first, List.of(requirement.getKey()));
        next = add(tasks, keys, next, build, "Build what the design describes: " + requirement.getValue() + ".",
            List.of(subject + " works as described", "Tests show that it works"), "software-engineer",
            "engineering-reviewer", 2, 24, List.of(keys.get(design)), middle, List.of(requirement.getKey()));
        builds.add(keys.get(build));
      }
      add(tasks, keys, next, "User guide and handover", "Write the guide the client's people use, and hand the "
          + "work over to whoever runs it.", List.of("Every delivered feature is explained step by step",
          "The handover names who runs what"), "technical-writer", "qa-reviewer", 3, 6, builds, last,
          new ArrayList<>(requirements.keySet()));
      return OfflineComposer.asJson(json, new WorkPlan(tasks));
    }

    /** Adds the task unless a finished one has its title (then its key stands for it); the next free number. */
    private static int add(List<WorkPlan.Task> tasks, Map<String, String> keys, int next, String title,
        String description, List<String> criteria, String producer, String reviewer, int priority, int hours,
        List<String> dependsOn, String group, List<Integer> covers) {
      if (keys.containsKey(title)) {
        return next;
      }
      String key = "T" + next;
      keys.put(title, key);
      tasks.add(new WorkPlan.Task(key, title, description, criteria, producer, reviewer, priority,
          BigDecimal.valueOf(hours), dependsOn, group, covers));
      return next + 1;
    }

    private static int number(String key) {
      try {
        return Integer.parseInt(key.replaceAll("\\D", ""));
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    /** The first words of a requirement, enough to name its tasks. */
    /** The requirement's first clause in at most eight words, never ending on "and", "for" or "the". */
    static String shortName(String requirement) {
      String clause = requirement.split("[.:;,(]|\\s[-\u2013\u2014]\\s")[0].strip();
      List<String> words = new ArrayList<>(Arrays.asList((clause.isEmpty() ? requirement : clause).split("\\s+")));
      words = new ArrayList<>(words.subList(0, Math.min(words.size(), 8)));
      while (words.size() > 1 && DANGLING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
        words.remove(words.size() - 1);
      }
      String name = String.join(" ", words);
      return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static final Set<String> DANGLING = Set.of("a", "an", "the", "and", "or", "for", "of", "to", "with",
        "in", "on", "at", "by", "their", "its", "our", "your", "from", "that", "which", "within", "into", "after",
        "before", "over", "under", "about", "per", "via", "than", "as", "where", "when", "who", "is", "are");
  }

  @Component
  static class FinalReviewer implements OfflineComposer {

    private final ObjectMapper json;

    FinalReviewer(ObjectMapper json) {
      this.json = json;
    }

    @Override
    public String task() {
      return ServiceDeliveryProcess.Topics.FINAL_REVIEW;
    }

    @Override
    public String compose(LlmQuestion question) {
      // offline nothing can judge the content: the objective checks decide
      return OfflineComposer.asJson(json, new FinalReview(true, List.of()));
    }
  }

  @Component
  static class ChangeAssessor implements OfflineComposer {

    private final ObjectMapper json;

    ChangeAssessor(ObjectMapper json) {
      this.json = json;
    }

    @Override
    public String task() {
      return ServiceDeliveryProcess.Topics.CHANGE_ASSESS;
    }

    @Override
    public String compose(LlmQuestion question) {
      String change = text(question, "change").strip();
      long sentences = Math.max(1, Arrays.stream(change.split("[.!?]+")).filter(s -> !s.isBlank()).count());
      List<String> affected = Pattern.compile("(?m)^(\\S+) ").matcher(text(question, "openTasks")).results()
          .map(r -> r.group(1)).limit(2).toList();
      long hours = 8 * sentences;
      return OfflineComposer.asJson(json, new ChangeImpact("The change adds about " + hours + " hours of work to "
          + "the open tasks: design, build and test it, then update the guide.", BigDecimal.valueOf(hours), affected));
    }
  }

  @Component
  static class CaseStudyWriter implements OfflineComposer {

    @Override
    public String task() {
      return ServiceDeliveryProcess.Topics.CASE_STUDY;
    }

    @Override
    public String compose(LlmQuestion question) {
      List<String> delivered = NUMBERED.matcher(text(question, "requirements")).results().map(r -> r.group(2))
          .toList();
      String feedback = text(question, "feedback").strip();
      return "Case study: " + text(question, "company") + "\n\n" + text(question, "company") + " asked us for "
          + (delivered.size() == 1 ? "one thing: " : delivered.size() + " things: ") + String.join("; ", delivered) + ". We planned the work with them, built "
          + "it in reviewed steps and handed it over with a guide for their people. They rated the project "
          + text(question, "rating") + " of 5" + (feedback.isEmpty() ? "." : " and said: \u201c" + feedback
          + "\u201d") + "\n";
    }
  }
}
