package com.businessbuilder.agent.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every real provider must do against a local fake of its API: retry what is worth retrying, and turn every
 * failure into an {@link LlmCallFailed} that names the provider's error and never the key. The subclass, one per
 * provider, supplies the API's path and its real response shapes, and checks the exact request.
 */
abstract class RealProviderContract {

  static final String API_KEY = "sk-test-9f8e7d6c5b4a3f2e1d0c";
  static final Duration TIMEOUT = Duration.ofMillis(600);
  static final int MAX_RETRIES = 2;
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension fake = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
      .build();

  /** The provider id, as in {@code bb.llm.provider}. */
  abstract String providerId();

  /** The base URL that makes the provider call the fake. */
  abstract String baseUrl();

  /** The path the provider posts a chat to. */
  abstract String chatPath();

  /** The model as configured. */
  abstract String model();

  /** A realistic successful response with this text as the model's answer. */
  abstract String answerBody(String text);

  /** A realistic error body of the provider's API. */
  abstract String errorBody(int status, String message);

  /** The adapter under test, built directly (no Spring context). */
  abstract LlmProvider provider(LlmProperties properties);

  LlmProperties properties(String baseUrl, int maxRetries) {
    return new LlmProperties(providerId(), baseUrl, API_KEY, model(), TIMEOUT, maxRetries, 0.2, 800, false,
        LlmProperties.StructuredOutput.JSON_SCHEMA);
  }

  LlmProvider provider() {
    return provider(properties(baseUrl(), MAX_RETRIES));
  }

  static LlmQuestion structuredQuestion() {
    return new LlmQuestion("sales-analyst", "lead-assessment", "You are the sales analyst of a small agency.",
        "Assess the lead Acme Bakery (bakery, 12 employees).", Map.of("company", "Acme Bakery"),
        LeadAssessment.class);
  }

  static LlmQuestion freeTextQuestion() {
    return new LlmQuestion("copywriter", "welcome-letter", "You are the copywriter.",
        "Write a short welcome letter to Acme Bakery.", Map.of("company", "Acme Bakery"), null);
  }

  List<LoggedRequest> chatRequests() {
    return fake.findAll(postRequestedFor(urlEqualTo(chatPath())));
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ResponseDefinitionBuilder error(int status, String message) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(errorBody(status, message));
  }

  ResponseDefinitionBuilder answer(String text) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(answerBody(text));
  }

  @Test
  void rateLimitedOnceThenAnswered() {
    fake.stubFor(post(chatPath()).inScenario("rate limit").whenScenarioStateIs(STARTED)
        .willReturn(error(429, "Rate limit reached for requests").withHeader("Retry-After", "0"))
        .willSetStateTo("cooled down"));
    fake.stubFor(post(chatPath()).inScenario("rate limit").whenScenarioStateIs("cooled down")
        .willReturn(answer("Welcome aboard, Acme Bakery!")));

    LlmAnswer answer = provider().chat(freeTextQuestion());

    assertThat(answer.text()).isEqualTo("Welcome aboard, Acme Bakery!");
    assertThat(chatRequests()).hasSize(2);
  }

  @Test
  void rateLimitedPastTheRetriesNamesTheProvidersError() {
    fake.stubFor(post(chatPath()).willReturn(error(429, "Rate limit reached for requests")));

    LlmCallFailed failed = failureOf(properties(baseUrl(), 1), freeTextQuestion());

    assertThat(failed.httpStatus()).isEqualTo(429);
    assertThat(failed.getMessage())
        .isEqualTo(providerId() + " answered 429 Too Many Requests: Rate limit reached for requests");
    assertThat(chatRequests()).hasSize(2);
  }

  @Test
  void serverErrorEveryTimeFailsAfterTheRetries() {
    fake.stubFor(post(chatPath()).willReturn(error(500, "The server had an error while processing your request")));

    LlmCallFailed failed = failureOf(properties(baseUrl(), MAX_RETRIES), structuredQuestion());

    assertThat(failed.httpStatus()).isEqualTo(500);
    assertThat(failed.getMessage()).isEqualTo(providerId() + " answered 500 Internal Server Error: "
        + "The server had an error while processing your request");
    assertThat(chatRequests()).hasSize(MAX_RETRIES + 1);
  }

  @Test
  void unauthorisedIsNotRetriedAndTheEchoedKeyIsRedacted() {
    fake.stubFor(post(chatPath()).willReturn(error(401, "Incorrect API key provided: " + API_KEY)));

    LlmCallFailed failed = failureOf(properties(baseUrl(), MAX_RETRIES), freeTextQuestion());

    assertThat(failed.httpStatus()).isEqualTo(401);
    assertThat(failed.getMessage())
        .isEqualTo(providerId() + " answered 401 Unauthorized: Incorrect API key provided: [api key]");
    assertThat(chatRequests()).hasSize(1);
  }

  @Test
  void noAnswerWithinTheTimeoutFails() {
    fake.stubFor(post(chatPath()).willReturn(answer("too late").withFixedDelay((int) TIMEOUT.toMillis() * 3)));

    LlmCallFailed failed = failureOf(properties(baseUrl(), 1), freeTextQuestion());

    assertThat(failed.httpStatus()).isNull();
    assertThat(failed.getMessage()).isEqualTo(providerId() + " did not answer within 600ms (bb.llm.timeout),"
        + " also not after 1 retries (bb.llm.max-retries)");
    assertThat(chatRequests()).hasSize(2);
  }

  @Test
  void malformedResponseBodyFailsClearly() {
    fake.stubFor(post(chatPath()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"id\": \"broken\", \"model\": ")));

    LlmCallFailed failed = failureOf(properties(baseUrl(), 0), structuredQuestion());

    assertThat(failed).isExactlyInstanceOf(LlmCallFailed.class);
    assertThat(failed.httpStatus()).isNull();
    assertThat(failed.getMessage()).startsWith(providerId() + " answered with something that is not its API's JSON: ");
  }

  @Test
  void unreachableServerFailsClearly() {
    String closed = "http://127.0.0.1:" + freePort() + "/v1";

    LlmCallFailed failed = failureOf(properties(closed, 0), freeTextQuestion());

    assertThat(failed.httpStatus()).isNull();
    assertThat(failed.getMessage())
        .isEqualTo(providerId() + " is not reachable at " + closed + " (bb.llm.base-url): the connection was refused");
  }

  /** The failure of one question; whatever it is, the key appears nowhere in it, not even in its stack trace. */
  LlmCallFailed failureOf(LlmProperties properties, LlmQuestion question) {
    LlmProvider provider = provider(properties);
    Throwable thrown = catchThrowable(() -> provider.chat(question));
    assertThat(thrown).isInstanceOf(LlmCallFailed.class);
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).contains(thrown.getMessage()).doesNotContain(API_KEY);
    return (LlmCallFailed) thrown;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
