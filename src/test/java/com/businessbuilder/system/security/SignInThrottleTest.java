package com.businessbuilder.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.system.web.ProblemWriter;
import com.businessbuilder.testing.WebClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.TimeMeter;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;

/**
 * Whoever guesses passwords is slowed down at their address; the account they guess at stays open to its owner.
 * The tests share one application, so each test guesses from an address of its own (the application sits behind
 * a trusted proxy here: X-Forwarded-For from 127.0.0.1 names the client).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInThrottleTest {

  @LocalServerPort int port;
  @Autowired SecuritySettings settings;

  @Test
  void anAddressThatKeepsGuessingWaitsWhileTheCeoSignsInFromAnother() {
    String guesser = "203.0.113.7";
    WebClient api = WebClient.as(port, "ceo", "guessed-wrong");

    int refusedAfter = guessUntilThrottled(() -> api.get("/api/leads", "X-Forwarded-For", guesser));

    HttpResponse<String> throttled = api.get("/api/leads", "X-Forwarded-For", guesser);
    HttpResponse<String> rightPasswordFromThere = WebClient.as(port, "ceo", "ceo")
        .get("/api/leads", "X-Forwarded-For", guesser);
    HttpResponse<String> theCeoElsewhere = WebClient.as(port, "ceo", "ceo")
        .get("/api/leads", "X-Forwarded-For", "198.51.100.2");

    // a failure is counted once its answer is written: the next guess may come in before, one guess more at most
    assertThat(refusedAfter).isBetween(settings.signIn().failures(), settings.signIn().failures() + 1);
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    assertThat(rightPasswordFromThere.statusCode()).isEqualTo(429);
    assertThat(theCeoElsewhere.statusCode()).as("the account is not locked").isEqualTo(200);
  }

  @Test
  void theLoginFormAndCamundasLoginAreThrottledToo() {
    String guesser = "203.0.113.9";
    WebClient browser = new WebClient(port);

    int refusedAfter = guessUntilThrottled(() -> browser.postForm("/login",
        Map.of("username", "ceo", "password", "nope", "_csrf", browser.csrfToken()), "X-Forwarded-For", guesser));

    assertThat(refusedAfter).isBetween(settings.signIn().failures(), settings.signIn().failures() + 1);
    HttpResponse<String> camunda = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", "ceo", "password", "ceo"), "X-Forwarded-For", guesser);
    assertThat(camunda.statusCode()).as(camunda.headers() + " " + camunda.body()).isEqualTo(429);
    // signed in: the CEO lands on the command center
    assertThat(new WebClient(port).signIn("ceo", "ceo")).as("from the CEO's own address").isEqualTo("/");
  }

  /** Sends wrong passwords until the address is throttled; answers how many were refused before. */
  private int guessUntilThrottled(java.util.function.Supplier<HttpResponse<String>> guess) {
    int limit = settings.signIn().failures() + 5;
    for (int attempt = 0; attempt < limit; attempt++) {
      HttpResponse<String> answer = guess.get();
      if (answer.statusCode() == 429) {
        return attempt;
      }
      assertThat(answer.statusCode()).as("a wrong password").isIn(302, 401);
    }
    throw new AssertionError("still not throttled after " + limit + " wrong passwords");
  }

  @Test
  void theAllowanceRefillsOverTheWindow() throws Exception {
    AtomicLong now = new AtomicLong();
    TimeMeter clock = new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return now.get();
      }

      @Override
      public boolean isWallClockBased() {
        return false;
      }
    };
    SignInThrottle throttle = new SignInThrottle(new SecuritySettings.SignIn(2, Duration.ofMinutes(1)), "/camunda",
        new ProblemWriter(new ObjectMapper()), clock);

    assertThat(attempt(throttle, 401)).isEqualTo(401);
    assertThat(attempt(throttle, 401)).isEqualTo(401);
    assertThat(attempt(throttle, 200)).isEqualTo(429);
    now.addAndGet(Duration.ofSeconds(30).toNanos());
    assertThat(attempt(throttle, 200)).as("still within the window").isEqualTo(429);
    now.addAndGet(Duration.ofSeconds(31).toNanos());
    assertThat(attempt(throttle, 200)).as("the window renewed the allowance").isEqualTo(200);
  }

  private static int attempt(SignInThrottle throttle, int answer) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/leads");
    request.setRemoteAddr("192.0.2.1");
    request.addHeader("Authorization", "Basic Y2VvOm5vcGU=");
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, (req, res) -> response.setStatus(answer));
    return response.getStatus();
  }
}
