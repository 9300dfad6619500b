package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.INITIATIVE_ID;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Assemble the team": for each open task the producer role of the catalog whose skills, accountabilities and
 * purpose fit the task best, its own department's roles first, reviewed by the role that reviews that producer. A
 * department with no producer of its own is a missing capability: reported, with the role that stands in, never
 * invented. Deterministic, so the same plan gets the same team.
 */
@Component
class TeamAssembly implements TaskHandler {

  private static final Set<String> COMMON_WORDS = Set.of("with", "that", "this", "from", "into", "their", "they",
      "what", "each", "every", "which", "have", "will", "must", "than", "them", "when", "where", "your", "ours",
      "about", "after", "before", "task", "work", "done", "show", "shows", "stated", "written");

  /** One task's place in the team. */
  record Member(String taskKey, String task, String department, String role, String roleName, int fit,
      boolean standIn) {}

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;
  private final AgentRoles roles;
  private final ObjectMapper json;

  TeamAssembly(InitiativeRepository initiatives, WorkTasks tasks, AgentRoles roles, ObjectMapper json) {
    this.initiatives = initiatives;
    this.tasks = tasks;
    this.roles = roles;
    this.json = json;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.TEAM;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    assemble(initiatives.require(item.require(INITIATIVE_ID)));
    return Map.of();
  }

  /** Staffs the open tasks and records the team and what the catalog lacks. */
  List<Member> assemble(Initiative initiative) {
    List<AgentRole> producers = producers();
    List<Member> team = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    for (WorkTask task : tasks.tasks(initiative.id())) {
      if (task.settled()) {
        continue;
      }
      Member member = staff(task, producers);
      team.add(member);
      if (member.standIn()) {
        missing.add((task.group() == null ? "Work" : task.group()) + ": no role of its own for \"" + task.title()
            + "\" (" + member.roleName() + " stands in)");
      }
      AgentRole producer = roles.require(member.role());
      tasks.assign(task.id(), producer.id(), producer.reviewedBy());
    }
    try {
      initiatives.recordTeam(initiative.id(), json.writeValueAsString(team),
          missing.isEmpty() ? null : String.join("\n", missing));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return team;
  }

  /** Staffs one task (an improvement found while operating, too). */
  Member staff(WorkTask task, List<AgentRole> producers) {
    Set<String> words = words(task.title() + " " + task.description() + " " + String.join(" ",
        task.acceptanceCriteria()));
    // its own department's roles first; on a tie, the role the planner proposed
    Comparator<AgentRole> best = Comparator.<AgentRole>comparingInt(role -> 2 * fit(words, role)
            + (role.department().equals(task.group()) ? 4 : 0) + (role.id().equals(task.producerRole()) ? 1 : 0))
        .reversed().thenComparing(AgentRole::id);
    AgentRole chosen = producers.stream().sorted(best).findFirst()
        .orElseThrow(() -> new IllegalStateException("The role catalog has no producer role"));
    boolean ownDepartment = producers.stream().anyMatch(role -> role.department().equals(task.group()));
    int fit = fit(words, chosen);
    return new Member(task.key(), task.title(), task.group(), chosen.id(), chosen.name(), fit,
        !ownDepartment || fit == 0);
  }

  List<AgentRole> producers() {
    return roles.all().stream().filter(role -> role.kind() == AgentRole.Kind.producer).toList();
  }

  private static int fit(Set<String> taskWords, AgentRole role) {
    Set<String> roleWords = words(role.name() + " " + role.purpose() + " " + String.join(" ", role.skills()) + " "
        + String.join(" ", role.accountabilities()));
    return (int) taskWords.stream().filter(roleWords::contains).count();
  }

  /** Word stems (their first five letters), so "designs", "designer" and "design" match. */
  static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
        .filter(word -> word.length() > 3 && !COMMON_WORDS.contains(word))
        .map(word -> word.length() > 5 ? word.substring(0, 5) : word)
        .collect(Collectors.toSet());
  }
}
