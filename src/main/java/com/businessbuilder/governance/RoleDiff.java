package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a proposal changes in a role, item by item, and which roles' domains a text touches. */
final class RoleDiff {

  /** Words too common to say two texts are about the same thing. */
  private static final Set<String> COMMON = Set.of("always", "before", "should", "would", "every", "their", "which",
      "there", "these", "those", "after", "where", "while", "within", "without", "about", "other", "never", "longer",
      "company", "client", "clients");

  /** An accountability, domain or policy a proposal adds or takes away. */
  record Item(String kind, String text) {
    @Override
    public String toString() {
      return kind + " '" + text + "'";
    }
  }

  private RoleDiff() {}

  /** What the role after the change has that the role before did not (everything for a new role). */
  static List<Item> added(AgentRole before, AgentRole after) {
    return after == null ? List.of() : difference(after, before);
  }

  /** What the role before had that the role after has not (everything for a retirement). */
  static List<Item> removed(AgentRole before, AgentRole after) {
    return before == null ? List.of() : difference(before, after);
  }

  private static List<Item> difference(AgentRole from, AgentRole without) {
    List<Item> items = new ArrayList<>();
    collect(items, "accountability", from.accountabilities(), without == null ? List.of() : without.accountabilities());
    collect(items, "domain", from.domains(), without == null ? List.of() : without.domains());
    collect(items, "policy", from.policies(), without == null ? List.of() : without.policies());
    return items;
  }

  private static void collect(List<Item> items, String kind, List<String> from, List<String> without) {
    from.stream().filter(text -> !without.contains(text)).forEach(text -> items.add(new Item(kind, text)));
  }

  /** The proposal in one line: "changes sales: adds accountability '…'; removes policy '…'". */
  static String summary(Proposal proposal, AgentRole before) {
    String what = switch (proposal.change()) {
      case ADD -> "adds the role " + proposal.roleId();
      case CHANGE -> "changes the role " + proposal.roleId();
      case RETIRE -> "retires the role " + proposal.roleId();
    };
    List<String> parts = new ArrayList<>();
    added(before, proposal.role()).forEach(item -> parts.add("adds " + item));
    removed(before, proposal.role()).forEach(item -> parts.add("removes " + item));
    if (before != null && proposal.role() != null && !before.purpose().equals(proposal.role().purpose())) {
      parts.add("new purpose '" + proposal.role().purpose() + "'");
    }
    return parts.isEmpty() ? what : what + ": " + String.join("; ", parts);
  }

  /** The words of a text that say what it is about: six letters or more, not the common ones. */
  static Set<String> subjects(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
        .filter(word -> word.length() >= 6 && !COMMON.contains(word))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Whether two texts are about the same thing: they share a subject word. */
  static boolean overlap(String text, String other) {
    Set<String> shared = subjects(text);
    shared.retainAll(subjects(other));
    return !shared.isEmpty();
  }
}
