package com.businessbuilder.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The session cookie and the security headers of the application's own pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionAndHeadersTest {

  @LocalServerPort int port;

  @Test
  void theSessionCookieIsSameSiteLaxHttpOnlyAndSecureBehindTls() {
    String plain = sessionCookie(new WebClient(port).get("/login"));
    String behindTls = sessionCookie(new WebClient(port).get("/login", "X-Forwarded-Proto", "https"));

    assertThat(plain).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");
    assertThat(behindTls).contains("SameSite=Lax", "HttpOnly", "Secure");
  }

  @Test
  void ourPagesSendAContentSecurityPolicyAndAReferrerPolicy() {
    WebClient browser = new WebClient(port);
    browser.signIn("ceo", "ceo");

    for (HttpResponse<String> page : List.of(new WebClient(port).get("/login"), browser.get("/"))) {
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().allValues("Content-Security-Policy")).singleElement().asString()
          .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
      assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
  }

  @Test
  void theWebappsKeepTheirOwnPolicyAlone() {
    WebClient browser = new WebClient(port);
    browser.signIn("ceo", "ceo");

    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");

    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().allValues("Content-Security-Policy")).as("Camunda's, with its nonce, only")
        .singleElement().asString().contains("nonce-").doesNotContain(SecurityConfiguration.PAGES_POLICY);
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
  }
}
