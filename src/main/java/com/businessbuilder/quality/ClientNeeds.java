package com.businessbuilder.quality;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a client needs, in our words, for writers without a model: the first kind of need whose words appear in the
 * client's messages and our notes, said the way we would say it to the client, so nothing they wrote (or we noted)
 * is repeated back to them. A need we do not recognise gets a sentence about the client's industry.
 */
public final class ClientNeeds {

  /**
   * @param pitch why it matters and what we do about it, for a first e-mail
   * @param scope what we would deliver, for a proposal or contract; {@code %s} is the client's name
   */
  private record Need(Pattern words, String pitch, String scope) {}

  private static final List<Need> NEEDS = List.of(
      new Need(words("(orders?|ordering)\\b.*\\b(phone|fax|e-?mail|paper|spreadsheets?|excel|by hand)|spare parts"),
          "When orders still arrive by phone, e-mail or spreadsheet, each one costs someone's time and invites "
              + "mistakes. We build ordering portals where customers and partners find what they need, order and "
              + "follow their orders themselves, and every order lands directly in your systems.",
          "An online ordering portal for the customers and partners of %s: sign-in, search, ordering and order "
              + "status, with every order passed directly to the systems %1$s uses today."),
      new Need(words("portal|self-service|dealers?|resellers?"),
          "A portal where customers and partners find what they need and get things done on their own saves time "
              + "on both sides and makes working with you easier.",
          "A web portal for the customers and partners of %s: sign-in, self-service for their most frequent "
              + "requests, and an overview of their orders and documents."),
      new Need(words("legacy|migrat\\w*|old system|moderni[sz]\\w*|replac\\w*"),
          "Replacing an older system without disrupting daily work takes care: we move step by step, keep what "
              + "works, and switch over only when the new part has proven itself.",
          "The step-by-step renewal of the current system of %s: what it does today analysed, the new solution "
              + "built and migrated in stages, and a switch-over without downtime."),
      new Need(words("integrat\\w*|erp|crm|sap|interfaces?|apis?"),
          "When systems do not talk to each other, people end up copying data by hand. We connect the systems you "
              + "already use, so information is entered once and stays consistent everywhere.",
          "The integration of the systems %s uses today: the data flows between them automated, monitored and "
              + "documented."),
      new Need(words("reports?|reporting|dashboards?|analytics|kpis?"),
          "Decisions are easier when the numbers are current and in one place. We build reporting that gathers "
              + "your data automatically and shows what matters at a glance.",
          "Reporting for %s: the data that matters gathered automatically and shown in dashboards for the people "
              + "who decide."),
      new Need(words("apps?|mobile|smartphones?"),
          "Customers and field staff expect to do things on their phones. We design and build mobile apps that "
              + "people enjoy using and that fit into the systems you already run.",
          "A mobile app for %s: designed with its future users, built for iOS and Android, and connected to the "
              + "systems %1$s uses today."),
      new Need(words("partner|this (quarter|month|year)|soon|asap|urgent\\w*|quickly"),
          "If you are planning a digital project for the coming months, we can start within a few weeks, and you "
              + "decide on each next step once you have seen the previous one working.",
          "The digital project %s plans for the coming months, from a kick-off workshop to its first release in "
              + "production."));

  private ClientNeeds() {}

  /** Two sentences for a first e-mail on what the client needs and what we do about it. */
  public static String pitch(List<String> clientWords, String industry) {
    return recognised(clientWords).map(Need::pitch).findFirst().orElseGet(() -> "We help "
        + (industry == null || industry.isBlank() ? "growing companies" : "companies in " + industry.strip())
        + " turn manual, time-consuming work into digital products that pay for themselves.");
  }

  /** One sentence on what we would deliver to the client. */
  public static String scope(List<String> clientWords, String client) {
    return String.format(Locale.ROOT, recognised(clientWords).map(Need::scope).findFirst()
        .orElse("The digital solution %s needs, agreed in detail at the kick-off workshop."), client);
  }

  private static java.util.stream.Stream<Need> recognised(List<String> clientWords) {
    String said = String.join("\n", clientWords);
    return NEEDS.stream().filter(need -> need.words().matcher(said).find());
  }

  private static Pattern words(String alternatives) {
    return Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
  }
}
