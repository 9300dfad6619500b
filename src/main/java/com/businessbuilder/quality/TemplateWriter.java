package com.businessbuilder.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes any deliverable type offline from {@code agents/offline/deliverables/<type>.md} ({@code document.md} for
 * a type without its own template), filling {@code {{name}}} placeholders from the brief; the client's need is said
 * in our words ({@link ClientNeeds}), never quoted from the notes. Every template meets its type's QA checks. A
 * revision writes the document afresh from the brief, which fixes whatever the checks found; the instructions are
 * kept with the version, but applying free-text guidance takes a real model.
 */
@Component
@Order
class TemplateWriter implements OfflineWriter {

  static final String LOCATION = "agents/offline/deliverables/";
  static final String GENERIC = "document";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

  private final Map<String, String> templates = new ConcurrentHashMap<>();

  @Override
  public boolean writes(String deliverableType) {
    return true;
  }

  @Override
  public String write(Request request) {
    String template = templates.computeIfAbsent(request.deliverableType(), TemplateWriter::load);
    Map<String, String> values = values(request.brief());
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder document = new StringBuilder();
    while (placeholder.find()) {
      String value = values.get(placeholder.group(1));
      if (value == null) {
        throw new IllegalStateException("Offline template for " + request.deliverableType() + " uses {{"
            + placeholder.group(1) + "}}, which the writer does not fill");
      }
      placeholder.appendReplacement(document, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(document);
    return document.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  static Map<String, String> values(Brief brief) {
    String client = orElse(brief.clientName(), "your company");
    Map<String, String> values = new HashMap<>();
    values.put("clientName", client);
    values.put("greetingName", brief.contactName() != null ? brief.contactName()
        : brief.clientName() != null ? brief.clientName() + " team" : "colleague");
    values.put("senderName", orElse(brief.text("senderName"), "The Business Builder team"));
    values.put("scope", orElse(brief.text("scope"), ClientNeeds.scope(brief.internalNotes(), client)));
    values.put("industry", orElse(brief.text("industry"), "its industry"));
    // the client's words and our notes are never repeated: the need they describe, in our words
    values.put("need", ClientNeeds.pitch(brief.internalNotes(), brief.text("industry")));
    values.put("offer", orElse(brief.text("offer"), "We design, build and run digital products for growing "
        + "companies, from the first workshop to live operations, with one team that stays accountable."));
    values.put("price", orElse(brief.formattedPrice(), "agreed with you once the scope is confirmed"));
    values.put("dates", dates(brief));
    values.put("keyFacts", keyFacts(brief));
    return values;
  }

  private static String dates(Brief brief) {
    if (brief.dates().isEmpty()) {
      return "We agree the dates with you at the kick-off.";
    }
    return brief.dates().entrySet().stream()
        .map(date -> "- " + label(date.getKey()) + ": " + Brief.formatDate(date.getValue()))
        .collect(Collectors.joining("\n"));
  }

  /** One sentence with the price and the dates, for documents without sections of their own for them. */
  private static String keyFacts(Brief brief) {
    StringBuilder facts = new StringBuilder();
    if (brief.price() != null) {
      facts.append("The price we discussed is ").append(brief.formattedPrice()).append('.');
    }
    for (Map.Entry<String, LocalDate> date : brief.dates().entrySet()) {
      facts.append(facts.isEmpty() ? "" : " ").append(label(date.getKey())).append(": ")
          .append(Brief.formatDate(date.getValue())).append('.');
    }
    return facts.toString();
  }

  /** {@code kickOffDate} → "Kick off". */
  static String label(String dateField) {
    String words = dateField.replaceFirst("Date$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return words.isEmpty() ? "Date" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String load(String type) {
    ClassPathResource own = new ClassPathResource(LOCATION + type + ".md");
    ClassPathResource file = own.exists() ? own : new ClassPathResource(LOCATION + GENERIC + ".md");
    try (InputStream in = file.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("No offline template " + file.getPath(), e);
    }
  }
}
