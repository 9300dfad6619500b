package com.businessbuilder.agent;

import com.businessbuilder.agent.llm.LlmAnswer;
import com.businessbuilder.agent.llm.LlmCallFailed;
import com.businessbuilder.agent.llm.LlmProvider;
import com.businessbuilder.agent.llm.LlmQuestion;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A provider whose answers the test scripts, and which remembers the questions it got. */
class ScriptedProvider implements LlmProvider {

  final List<LlmQuestion> questions = new ArrayList<>();
  private final Deque<Object> script = new ArrayDeque<>();

  ScriptedProvider answers(String text, int inputTokens, int outputTokens) {
    script.add(new LlmAnswer(text, "gpt-test", inputTokens, outputTokens, false));
    return this;
  }

  ScriptedProvider answersAs(String reportedModel, String text, int inputTokens, int outputTokens) {
    script.add(new LlmAnswer(text, reportedModel, inputTokens, outputTokens, false));
    return this;
  }

  ScriptedProvider fails(String message) {
    script.add(new LlmCallFailed(message, 503, null));
    return this;
  }

  @Override
  public String id() {
    return "openai";
  }

  @Override
  public String model() {
    return "gpt-test";
  }

  @Override
  public LlmAnswer chat(LlmQuestion question) {
    questions.add(question);
    Object next = script.poll();
    if (next instanceof LlmCallFailed failure) {
      throw failure;
    }
    if (next == null) {
      throw new AssertionError("The provider was asked more often than the test scripted");
    }
    return (LlmAnswer) next;
  }
}
