package com.businessbuilder.deal;

import com.businessbuilder.agent.llm.LlmQuestion;
import com.businessbuilder.agent.llm.OfflineComposer;
import com.businessbuilder.quality.ClientNeeds;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Needs assessment without a model: size from the company's head count unless the client said otherwise, complexity
 * from words that usually mean integration work or a simple job, and as the scope the need the client describes,
 * in our words ({@link ClientNeeds}).
 */
@Component
class OfflineNeedsAssessment implements OfflineComposer {

  private final ObjectMapper json;

  OfflineNeedsAssessment(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public String task() {
    return DealClosingProcess.Topics.ASSESS_NEEDS;
  }

  @Override
  public String compose(LlmQuestion question) {
    String company = String.valueOf(question.inputs().get("company"));
    String clientSaid = clientWords(text(question.inputs().get("conversation")));
    String notes = text(question.inputs().get("notes"));
    String said = (notes + "\n" + clientSaid).toLowerCase(Locale.ROOT);
    String size;
    if (said.contains("enterprise") || said.contains("large")) {
      size = "large";
    } else if (said.contains("small") || said.contains("pilot")) {
      size = "small";
    } else {
      Object employees = question.inputs().get("employees");
      int headCount = employees instanceof Number n ? n.intValue() : 100;
      size = headCount < 50 ? "small" : headCount < 1000 ? "medium" : "large";
    }
    String complexity = said.contains("integrat") || said.contains("migrat") || said.contains("legacy")
        ? "high" : said.contains("simple") || said.contains("basic") ? "low" : "medium";
    // in our words: the scope goes into the proposal and the contract, which never quote the client's messages
    String scope = ClientNeeds.scope(List.of(notes, clientSaid), company)
        + " We deliver it in iterations, with a review at the end of each.";
    return OfflineComposer.asJson(json, new NeedsAssessment(
          company + " needs a " + size + " project of " + complexity + " complexity.", clip(scope), size, complexity));
  }

  /** Only what the client wrote counts: our own e-mails say nothing about their needs. */
  private static String clientWords(String conversation) {
    return Arrays.stream(conversation.split("\n\n(?=(Client|Us) \\()"))
        .filter(block -> block.startsWith("Client ("))
        .map(block -> block.substring(block.indexOf('\n') + 1).trim())
        .collect(Collectors.joining("\n\n"));
  }

  private static String clip(String text) {
    return text.length() <= 1900 ? text : text.substring(0, 1900);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
