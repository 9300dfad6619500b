package com.businessbuilder.reliability;

import com.businessbuilder.testing.CeoGateAnswers;
import com.businessbuilder.testing.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The people around the deals, over the APIs: the clients who reply to the outreach and answer the proposal, and
 * the CEO who approves the gates (a few HOT leads, and every gate of every deal, the countersigned contract with a
 * PDF). Each acts on what the application shows now, never on what they did before: a request whose answer was
 * lost in a crash is simply decided again, and a 409 means it had arrived.
 */
final class DealRoom {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> CLOSED = Set.of("WON", "LOST");

  private final WebClient api;
  private final WebClient ceo;
  private final int leadsToApprove;
  private final Set<String> approvedLeads = new LinkedHashSet<>();
  private final Map<String, JsonNode> deals = new HashMap<>();

  DealRoom(int port, int leadsToApprove) {
    this.api = WebClient.as(port, "api", "api");
    this.ceo = WebClient.as(port, "ceo", "ceo");
    this.leadsToApprove = leadsToApprove;
  }

  /** One round: looks at every deal and open gate and does what is due. False while the application is down. */
  boolean act(Map<String, String> apiDeals) {
    try {
      chooseLeadsToApprove();
      approveGates(approvedLeads);
      refreshDeals();
      deals.values().stream().filter(deal -> !CLOSED.contains(deal.get("status").asText()))
          .forEach(deal -> answer(deal, apiDeals));
      approveGates(openDeals());
      return true;
    } catch (IllegalStateException down) {
      if (down.getCause() instanceof IOException) {
        return false;
      }
      throw down;
    }
  }

  /** Every deal the room knows is won or lost, and so are the deals of the leads it approved. */
  boolean allClosed(int apiDeals) {
    long fromLeads = deals.values().stream().filter(deal -> deal.hasNonNull("leadId")).count();
    return deals.size() == apiDeals + leadsToApprove && fromLeads == leadsToApprove && openDeals().isEmpty();
  }

  /** Whether any deal got as far as its contract. */
  boolean anyDealSigning() {
    return deals.values().stream().map(deal -> deal.get("stage").asText())
        .anyMatch(stage -> Set.of("CONTRACT", "PAYMENT_SETUP", "WON").contains(stage));
  }

  long dealsWith(String status) {
    return deals.values().stream().filter(deal -> status.equals(deal.get("status").asText())).count();
  }

  Set<String> approvedLeads() {
    return Set.copyOf(approvedLeads);
  }

  private void chooseLeadsToApprove() {
    if (approvedLeads.size() < leadsToApprove) {
      for (JsonNode lead : read(api.get("/api/leads?status=AWAITING_CEO_APPROVAL&tier=HOT&size=100&sort=createdAt,asc"))
          .get("items")) {
        if (approvedLeads.size() < leadsToApprove) {
          approvedLeads.add(lead.get("id").asText());
        }
      }
    }
  }

  private void refreshDeals() {
    for (JsonNode deal : read(api.get("/api/deals?size=100")).get("items")) {
      deals.put(deal.get("id").asText(), deal);
    }
  }

  private Set<String> openDeals() {
    Set<String> open = new LinkedHashSet<>();
    deals.forEach((id, deal) -> {
      if (!CLOSED.contains(deal.get("status").asText())) {
        open.add(id);
      }
    });
    return open;
  }

  private void answer(JsonNode deal, Map<String, String> apiDeals) {
    String id = deal.get("id").asText();
    String stage = deal.get("stage").asText();
    if ("AWAITING_REPLY".equals(stage)) {
      message(id, """
          {"type": "reply", "text": "Thanks! We need a portal where our dealers order spare parts."}""");
    } else if ("AWAITING_ANSWER".equals(stage)) {
      long answered = read(api.get("/api/deals/" + id)).get("messages").findValuesAsText("kind").stream()
          .filter("answer"::equals).count();
      CrashWorkload.Answer plan = apiDeals.entrySet().stream().filter(entry -> entry.getValue().equals(id))
          .map(entry -> CrashWorkload.answer(Integer.parseInt(entry.getKey().substring("crash-deal-".length()))))
          .findFirst().orElse(CrashWorkload.Answer.ACCEPT);
      message(id, switch (plan) {
        case DECLINE -> """
            {"type": "answer", "answer": "decline", "text": "We went with another offer."}""";
        case COUNTER_THEN_ACCEPT -> answered == 0 ? """
            {"type": "answer", "answer": "counter", "discountPercent": 10, "text": "Can you do 10% less?"}""" : """
            {"type": "answer", "answer": "accept", "text": "Agreed."}""";
        case ACCEPT -> """
            {"type": "answer", "answer": "accept", "text": "We accept the proposal."}""";
      });
    }
  }

  private void message(String dealId, String body) {
    int status = api.postJson("/api/deals/" + dealId + "/messages", body).statusCode();
    if (status != 202 && status != 409) { // 409: it arrived before, the deal moved on
      throw new AssertionError("Message to deal " + dealId + " answered " + status);
    }
  }

  private void approveGates(Set<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return;
    }
    JsonNode gates = read(ceo.get("/engine-rest/task?candidateGroup=ceo&processInstanceBusinessKeyIn="
        + String.join(",", businessKeys)));
    for (JsonNode gate : gates) {
      HttpResponse<String> done = ceo.postJson("/engine-rest/task/" + gate.get("id").asText() + "/complete",
          CeoGateAnswers.approval(gate.get("taskDefinitionKey").asText()));
      // 404 or 500: the gate was completed before (an answer lost in a crash) or the run moved on meanwhile
      if (done.statusCode() == 400) {
        throw new AssertionError("Gate " + gate.get("name").asText() + " refused: " + done.body());
      }
    }
  }

  private static JsonNode read(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError("Answered " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + response.body(), e);
    }
  }
}
