package com.businessbuilder.agent;

import com.businessbuilder.agent.llm.LlmAnswer;
import com.businessbuilder.agent.llm.LlmCallFailed;
import com.businessbuilder.agent.llm.LlmProvider;
import com.businessbuilder.agent.llm.LlmQuestion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The one way business code asks an agent for work. It speaks as a role from the catalog, renders the task's
 * prompt, keeps the pipeline within budget, asks again (a bounded number of times) when a structured answer is
 * malformed or invalid, and writes every call with its tokens, cost, latency and outcome to the audit trail.
 *
 * <p>A crash costs no second call: the audit row of a usable answer is committed as soon as the model answered,
 * keyed by the piece of work ({@code WorkItem#id()}) and a hash of the question. When the engine offers the same
 * piece of work again (its worker died before completing it, or it failed later on and is retried), the recorded
 * answer is used without asking the model, without budget and without a new row; the row counts the reuse. A new
 * round of a loop is a new piece of work and asks again. Unusable answers and failures are not reused: a retry is
 * the chance to get a better one.
 */
@Service
public class Agents {

  private final LlmProvider provider;
  private final AgentRoles roles;
  private final PromptTemplates prompts;
  private final PipelineBudget budget;
  private final AgentCallLog log;
  private final AgentProperties properties;
  private final Validator validator;
  private final ObjectMapper json;

  Agents(LlmProvider provider, AgentRoles roles, PromptTemplates prompts, PipelineBudget budget, AgentCallLog log,
      AgentProperties properties, Validator validator, ObjectMapper json) {
    this.provider = provider;
    this.roles = roles;
    this.prompts = prompts;
    this.budget = budget;
    this.log = log;
    this.properties = properties;
    this.validator = validator;
    this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Asks for a structured answer: JSON of {@code outputType}, parsed and validated. */
  public <T> T ask(Assignment assignment, Class<T> outputType) {
    return ask(assignment, outputType, answer -> List.of());
  }

  /**
   * Asks for a structured answer that must also pass the caller's own check (what the answer's shape cannot say:
   * that the roles it names exist, that its dependencies form no cycle). An answer the check finds problems with is
   * asked again with the problems, like a malformed one.
   *
   * @param check the problems of a parsed answer, in words the model can act on; empty when it is usable
   * @throws AgentOutputUnusable when no answer was usable after the re-asks
   */
  public <T> T ask(Assignment assignment, Class<T> outputType, Function<T, List<String>> check) {
    LlmQuestion question = question(assignment, outputType);
    String questionHash = hash(question);
    Optional<AgentCall> recorded = recordedAnswer(assignment, questionHash);
    if (recorded.isPresent()) {
      try {
        T answer = checked(parse(recorded.get().response(), outputType), check);
        log.noteReuse(recorded.get().id());
        return answer;
      } catch (UnusableAnswer changedSinceRecorded) {
        // the answer type's rules changed since it was recorded: ask as if nothing was recorded
      }
    }
    int attempts = 1 + properties.maxReasks();
    String problem = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      LlmQuestion asked = problem == null ? question : question.withUserPrompt(question.userPrompt()
          + "\n\nYour previous answer could not be used: " + problem
          + "\nAnswer again with a single JSON object that matches the requested schema, and nothing else.");
      Call call = call(assignment, asked, questionHash);
      try {
        T answer = checked(parse(call.answer().text(), outputType), check);
        record(call, AgentCall.Outcome.ANSWERED, null);
        return answer;
      } catch (UnusableAnswer unusable) {
        problem = unusable.getMessage();
        record(call, AgentCall.Outcome.MALFORMED, problem);
      }
    }
    throw new AgentOutputUnusable(assignment.roleId(), assignment.task(), attempts, problem);
  }

  /** Asks for a document in free text. */
  public String write(Assignment assignment) {
    LlmQuestion question = question(assignment, null);
    String questionHash = hash(question);
    Optional<AgentCall> recorded = recordedAnswer(assignment, questionHash);
    if (recorded.isPresent()) {
      log.noteReuse(recorded.get().id());
      return recorded.get().response();
    }
    Call call = call(assignment, question, questionHash);
    String text = call.answer().text();
    if (text == null || text.isBlank()) {
      record(call, AgentCall.Outcome.MALFORMED, "empty answer");
      throw new AgentOutputUnusable(assignment.roleId(), assignment.task(), 1, "the answer was empty");
    }
    record(call, AgentCall.Outcome.ANSWERED, null);
    return text;
  }

  /** Whether a real model answers; the offline composer cannot judge quality, only compose. */
  public boolean usesRealModel() {
    return !"offline".equals(provider.id());
  }

  private LlmQuestion question(Assignment assignment, Class<?> outputType) {
    AgentRole role = roles.require(assignment.roleId());
    return new LlmQuestion(role.id(), assignment.task(), role.systemPrompt(),
        prompts.render(assignment.task(), assignment.inputs()), assignment.inputs(), outputType);
  }

  /** The usable answer this piece of work already got to this question (before a crash or a failure later on). */
  private Optional<AgentCall> recordedAnswer(Assignment assignment, String questionHash) {
    String workItemId = assignment.work().id();
    return workItemId == null ? Optional.empty() : log.answered(workItemId, questionHash);
  }

  /** What identifies a question within a piece of work: who asks what, in which words, for which answer type. */
  private static String hash(LlmQuestion question) {
    String asked = String.join("\0", question.roleId(), question.task(),
        question.outputType() == null ? "text" : question.outputType().getName(), question.systemPrompt(),
        question.userPrompt());
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(asked.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Call call(Assignment assignment, LlmQuestion question, String questionHash) {
    budget.checkBeforeCall(assignment.work());
    long started = System.nanoTime();
    try {
      LlmAnswer answer = provider.chat(question);
      return new Call(assignment, question, questionHash, answer, millisSince(started));
    } catch (LlmCallFailed failure) {
      Call failed = new Call(assignment, question, questionHash,
          new LlmAnswer(null, provider.model(), null, null, false), millisSince(started));
      record(failed, AgentCall.Outcome.FAILED, failure.getMessage());
      throw failure;
    }
  }

  private <T> T parse(String text, Class<T> type) {
    T value;
    try {
      value = json.readValue(stripCodeFence(text), type);
    } catch (JsonProcessingException e) {
      throw new UnusableAnswer("it is not JSON of the requested shape (" + e.getOriginalMessage() + ")");
    }
    if (value == null) {
      throw new UnusableAnswer("it is empty");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw new UnusableAnswer(violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
    }
    return value;
  }

  private static <T> T checked(T answer, Function<T, List<String>> check) {
    List<String> problems = check.apply(answer);
    if (!problems.isEmpty()) {
      throw new UnusableAnswer(String.join("; ", problems));
    }
    return answer;
  }

  /** Models often wrap JSON in a Markdown code fence even when told not to. */
  private static String stripCodeFence(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.startsWith("```")) {
      trimmed = trimmed.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
    }
    return trimmed;
  }

  private void record(Call call, AgentCall.Outcome outcome, String error) {
    LlmAnswer answer = call.answer();
    var work = call.assignment().work();
    log.record(new AgentCall(UUID.randomUUID().toString(), work.correlationKey(), work.runId(),
        work.activityId(), work.id(), call.question().roleId(), call.question().task(), provider.id(),
        answer.model(), call.question().systemPrompt(), call.question().userPrompt(), answer.text(),
        answer.inputTokens(), answer.outputTokens(), costOf(answer), call.latencyMillis(), outcome,
        error == null ? null : error.substring(0, Math.min(error.length(), 2000)), answer.offline(), Instant.now(),
        0), call.questionHash());
  }

  private BigDecimal costOf(LlmAnswer answer) {
    // providers report dated model names (gpt-4o-mini-2024-07-18); the price table lists the configured name
    AgentProperties.Price price = answer.model() == null ? null : properties.prices().get(answer.model());
    if (price == null) {
      price = properties.prices().get(provider.model());
    }
    if (price == null || answer.offline()) {
      return BigDecimal.ZERO;
    }
    BigDecimal million = BigDecimal.valueOf(1_000_000);
    BigDecimal input = BigDecimal.valueOf(answer.inputTokens() == null ? 0 : answer.inputTokens())
        .multiply(price.inputPerMillion()).divide(million, MathContext.DECIMAL64);
    BigDecimal output = BigDecimal.valueOf(answer.outputTokens() == null ? 0 : answer.outputTokens())
        .multiply(price.outputPerMillion()).divide(million, MathContext.DECIMAL64);
    return input.add(output);
  }

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  private record Call(Assignment assignment, LlmQuestion question, String questionHash, LlmAnswer answer,
      long latencyMillis) {}

  private static class UnusableAnswer extends RuntimeException {
    UnusableAnswer(String message) {
      super(message);
    }
  }
}
