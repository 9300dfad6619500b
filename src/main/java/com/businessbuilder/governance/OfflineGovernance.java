package com.businessbuilder.governance;

import com.businessbuilder.agent.llm.LlmQuestion;
import com.businessbuilder.agent.llm.OfflineComposer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Governance's agent tasks without a model, deterministic and derived from the question, so offline runs and tests
 * repeat: a proposal read from the tension's words, objections found by the two criteria, and integration that meets
 * what it can.
 */
final class OfflineGovernance {

  /** Words that open a rule rather than a duty: such a sentence becomes a policy. */
  private static final List<String> RULE_WORDS = List.of("never", "always", "every", "only", "no");
  private static final Pattern LISTED = Pattern.compile("(?m)^(accountability|domain|policy) '(.+)'$");
  private static final Pattern OBJECTION = Pattern.compile("(?m)^(\\S+) \\((harm|backwards)\\): ");

  private OfflineGovernance() {}

  /** A governance task's composer: it reads and writes the JSON the agents would. */
  abstract static class Composer implements OfflineComposer {

    final GovernanceJson json;
    private final String task;

    Composer(GovernanceJson json, String task) {
      this.json = json;
      this.task = task;
    }

    @Override
    public String task() {
      return task;
    }
  }

  static String text(LlmQuestion question, String input) {
    Object value = question.inputs().get(input);
    return value == null ? "" : value.toString();
  }

  static List<String> listed(LlmQuestion question, String input) {
    return LISTED.matcher(text(question, input)).results().map(match -> match.group(2)).toList();
  }

  /**
   * Reads the change from what should be (or the CEO's comment on an earlier draft): "retire" retires the role,
   * "no longer" takes away the accountability it names, a rule ("Never…", "Always…") becomes a policy, anything else
   * an accountability.
   */
  @Component
  static class Drafter extends Composer {

    Drafter(GovernanceJson json) {
      super(json, GovernanceProcess.Topics.DRAFT);
    }

    @Override
    public String compose(LlmQuestion question) {
      String roleId = text(question, "roleId");
      String comment = text(question, "ceoComment").strip();
      String wanted = comment.isEmpty() ? text(question, "whatShouldBe").strip() : comment;
      String rationale = "Settles the tension '" + text(question, "whatIs").strip() + "': " + wanted;
      String lower = wanted.toLowerCase(Locale.ROOT);
      if (lower.contains("retire")) {
        return json.write(new ProposalDraft(Proposal.Change.RETIRE, roleId, null, rationale));
      }
      ProposalDraft.Role role = json.read(text(question, "role"), ProposalDraft.Role.class);
      List<String> accountabilities = new ArrayList<>(role.accountabilities());
      List<String> policies = new ArrayList<>(role.policies());
      Optional<String> named = accountabilities.stream().filter(item -> RoleDiff.overlap(item, wanted)).findFirst();
      if (lower.contains("no longer") && named.isPresent() && accountabilities.size() > 1) {
        accountabilities.remove(named.get());
      } else if (RULE_WORDS.contains(lower.split("\\s+")[0])) {
        policies.add(wanted);
      } else {
        accountabilities.add(wanted);
      }
      return json.write(new ProposalDraft(Proposal.Change.CHANGE, roleId, new ProposalDraft.Role(role.name(),
          role.kind(), role.department(), role.purpose(), accountabilities, role.domains(), policies, role.skills(),
          role.reviewedBy()), rationale));
    }
  }

  /**
   * Objects as the role asked: backwards when something would be held by no role; harm when an added item reaches
   * into one of its own domains without saying it was agreed with it.
   */
  @Component
  static class Objector extends Composer {

    Objector(GovernanceJson json) {
      super(json, GovernanceProcess.Topics.OBJECTIONS);
    }

    @Override
    public String compose(LlmQuestion question) {
      String me = text(question, "yourRole");
      List<String> dropped = listed(question, "droppedItems");
      if (!dropped.isEmpty()) {
        return json.write(new ObjectionAnswer(true, Objection.Criterion.BACKWARDS,
            "No role would be accountable any more for: " + String.join("; ", dropped)));
      }
      if (!me.equals(text(question, "concernedRole"))) {
        List<String> domains = Arrays.stream(text(question, "yourDomains").split("\n")).filter(d -> !d.isBlank())
            .toList();
        for (String item : listed(question, "addedItems")) {
          Optional<String> touched = domains.stream().filter(domain -> RoleDiff.overlap(item, domain)).findFirst();
          if (touched.isPresent() && !item.contains(Integration.agreedWith(me))) {
            return json.write(new ObjectionAnswer(true, Objection.Criterion.HARM, "'" + item + "' reaches into my "
                + "domain '" + touched.get() + "' without my agreement"));
          }
        }
      }
      return json.write(ObjectionAnswer.NONE);
    }
  }

  /**
   * Meets each harm objection by making the added items subject to the objecting role's agreement; an objection that
   * something would be held by no role it cannot meet without giving up the proposal, and says so.
   */
  @Component
  static class Integration extends Composer {

    Integration(GovernanceJson json) {
      super(json, GovernanceProcess.Topics.INTEGRATE);
    }

    static String agreedWith(String roleId) {
      return "agreed with " + roleId;
    }

    @Override
    public String compose(LlmQuestion question) {
      ProposalDraft proposal = json.read(text(question, "proposal"), ProposalDraft.class);
      List<String> harmed = new ArrayList<>();
      List<String> unmet = new ArrayList<>();
      Matcher objection = OBJECTION.matcher(text(question, "objections"));
      while (objection.find()) {
        (objection.group(2).equals("harm") ? harmed : unmet).add(objection.group(1));
      }
      if (proposal.role() == null || harmed.isEmpty()) {
        return json.write(new ProposalDraft(proposal.change(), proposal.roleId(), proposal.role(),
            note(proposal.rationale(), unmet)));
      }
      List<String> added = listed(question, "addedItems");
      String agreed = " (" + String.join(", ", harmed.stream().map(Integration::agreedWith).toList()) + ")";
      ProposalDraft.Role role = proposal.role();
      return json.write(new ProposalDraft(proposal.change(), proposal.roleId(), new ProposalDraft.Role(role.name(),
          role.kind(), role.department(), role.purpose(), amend(role.accountabilities(), added, agreed),
          amend(role.domains(), added, agreed), amend(role.policies(), added, agreed), role.skills(),
          role.reviewedBy()), note(proposal.rationale(), unmet)));
    }

    private static List<String> amend(List<String> items, List<String> added, String agreed) {
      return items.stream().map(item -> added.contains(item) ? item + agreed : item).toList();
    }

    private static String note(String rationale, List<String> unmet) {
      return unmet.isEmpty() || rationale.contains(" Not integrated") ? rationale : rationale + " Not integrated (it would undo the proposal): the objection of "
          + String.join(", ", unmet) + ".";
    }
  }
}
