package com.businessbuilder.discovery;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** How lead fields are normalised, in one place for the REST edge and the intake step. */
final class Leads {

  static final Set<String> SOURCES = Set.of("referral", "partner", "event", "website", "inbound", "outbound", "other");
  static final String UNKNOWN_INDUSTRY = "unknown";
  static final String OTHER_SOURCE = "other";

  static String normalizeIndustry(String industry) {
    return industry == null || industry.isBlank() ? UNKNOWN_INDUSTRY : industry.trim().toLowerCase(Locale.ROOT);
  }

  static String normalizeSource(String source) {
    String normalized = source == null ? "" : source.trim().toLowerCase(Locale.ROOT);
    return SOURCES.contains(normalized) ? normalized : OTHER_SOURCE;
  }

  static String normalizeWebsite(String website) {
    if (website == null || website.isBlank()) {
      return null;
    }
    String trimmed = website.trim();
    return trimmed.matches("(?i)^https?://.*") ? trimmed : "https://" + trimmed;
  }

  static String emailDomain(String email) {
    if (email == null || email.indexOf('@') < 0) {
      return null;
    }
    return email.substring(email.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
  }

  static String websiteDomain(String website) {
    String normalized = normalizeWebsite(website);
    if (normalized == null) {
      return null;
    }
    try {
      String host = URI.create(normalized).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Leads() {}
}
