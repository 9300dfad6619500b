package com.businessbuilder.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The structured inputs of a deliverable: a JSON object whose well-known fields are facts the document must state
 * exactly. {@code clientName}; {@code price} (a number) with {@code currency} (default EUR); and every field whose
 * name ends in {@code Date}, as an ISO date ({@code 2026-03-01}). {@code internalNotes} (a text or a list of texts)
 * are what the client wrote to us and what sales noted about them: the writer addresses the need they describe in
 * its own words and never repeats them to the client. Any other field is context for the writer.
 */
public record Brief(Map<String, Object> values) {

  public static final String CLIENT_NAME = "clientName";
  public static final String CONTACT_NAME = "contactName";
  public static final String PRICE = "price";
  public static final String CURRENCY = "currency";
  public static final String INTERNAL_NOTES = "internalNotes";
  static final String DEFAULT_CURRENCY = "EUR";

  private static final DateTimeFormatter WRITTEN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @JsonCreator
  public Brief {
    // null values are meaningful ("not known"), so no Map.copyOf
    values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  @JsonValue
  @Override
  public Map<String, Object> values() {
    return values;
  }

  /** A field as text, or {@code null} when it is missing or blank. */
  public String text(String name) {
    Object value = values.get(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /** The client's own words and our notes about them, blank ones left out. */
  public List<String> internalNotes() {
    Object value = values.get(INTERNAL_NOTES);
    Stream<?> notes = value instanceof Collection<?> many ? many.stream() : Stream.ofNullable(value);
    return notes.filter(Objects::nonNull).map(Object::toString).filter(note -> !note.isBlank()).toList();
  }

  public String clientName() {
    return text(CLIENT_NAME);
  }

  public String contactName() {
    return text(CONTACT_NAME);
  }

  public BigDecimal price() {
    Object value = values.get(PRICE);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The brief's price must be a number; got '" + value + "'");
    }
  }

  public String currency() {
    String currency = text(CURRENCY);
    return currency == null ? DEFAULT_CURRENCY : currency.toUpperCase(Locale.ROOT);
  }

  /** The price as documents write it: {@code EUR 12,500} or {@code EUR 12,500.50}. */
  public String formattedPrice() {
    BigDecimal price = price();
    return price == null ? null : money(currency(), price);
  }

  /** Any amount as documents write it: {@code EUR 12,500} or {@code EUR 12,500.50}. */
  public static String money(String currency, BigDecimal amount) {
    return currency + " " + formatAmount(amount);
  }

  static String formatAmount(BigDecimal amount) {
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    return format.format(amount);
  }

  /** The date fields (name ending in {@code Date}) in name order. */
  public Map<String, LocalDate> dates() {
    Map<String, LocalDate> dates = new TreeMap<>();
    values.forEach((name, value) -> {
      if (name.endsWith("Date") && value != null && !value.toString().isBlank()) {
        try {
          dates.put(name, LocalDate.parse(value.toString().trim()));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("The brief's " + name + " must be an ISO date (2026-03-01); got '"
              + value + "'");
        }
      }
    });
    return dates;
  }

  /** A date as documents write it: {@code 1 March 2026}. */
  public static String formatDate(LocalDate date) {
    return WRITTEN_DATE.format(date);
  }

  /** The facts a document must state, one line each, for prompts and the CEO's form. */
  public String factsAsText() {
    StringBuilder facts = new StringBuilder();
    if (clientName() != null) {
      facts.append("- Client: ").append(clientName()).append('\n');
    }
    if (contactName() != null) {
      facts.append("- Contact: ").append(contactName()).append('\n');
    }
    if (price() != null) {
      facts.append("- Price: ").append(formattedPrice()).append('\n');
    }
    dates().forEach((name, date) -> facts.append("- ").append(name).append(": ").append(formatDate(date))
        .append('\n'));
    return facts.isEmpty() ? "- none given" : facts.toString().stripTrailing();
  }
}
