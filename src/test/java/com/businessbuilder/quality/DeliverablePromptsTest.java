package com.businessbuilder.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.quality.DeliverableProducer.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The prompt templates of the producer and QA tasks ask only for inputs the gate gives them. */
class DeliverablePromptsTest {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

  @ParameterizedTest
  @ValueSource(strings = {QualityGateProcess.Topics.DRAFT, QualityGateProcess.Topics.REVISION,
      QualityGateProcess.Topics.REVIEW})
  void everyPlaceholderIsAnInput(String task) throws IOException {
    String template = Files.readString(Path.of("src/main/resources/agents/prompts", task + ".md"));
    Set<String> given = new HashSet<>(Set.of(Inputs.DELIVERABLE_TYPE, Inputs.FORM, Inputs.REQUIRED_PARTS,
        Inputs.MIN_WORDS, Inputs.MAX_WORDS, Inputs.FACTS, Inputs.BRIEF, Inputs.VERSION));
    switch (task) {
      case QualityGateProcess.Topics.REVISION -> given.addAll(Set.of(Inputs.PREVIOUS_CONTENT, Inputs.INSTRUCTIONS));
      case QualityGateProcess.Topics.REVIEW -> given.addAll(Set.of(QualityReview.CONTENT,
          QualityReview.CHECK_RESULTS));
      default -> { }
    }

    Set<String> asked = PLACEHOLDER.matcher(template).results().map(m -> m.group(1)).collect(Collectors.toSet());

    assertThat(given).containsAll(asked);
    assertThat(asked).contains(Inputs.FACTS, Inputs.REQUIRED_PARTS);
  }
}
