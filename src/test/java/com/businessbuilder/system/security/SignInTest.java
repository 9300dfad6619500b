package com.businessbuilder.system.security;

import com.businessbuilder.testing.WebClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInTest {

  static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;


  @Test
  void loginPageRendersWithItsCsrfToken() {
    HttpResponse<String> page = new WebClient(port).get("/login?error");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Sign in · Business Builder</title>", "name=\"_csrf\"",
        "Wrong user name or password", "Demo users are active");
  }

  @Test
  void anonymousVisitorsOfTheWebappsAreSentToOurLoginPage() {
    HttpResponse<String> cockpit = new WebClient(port).get("/camunda/app/cockpit/");

    assertThat(cockpit.statusCode()).isEqualTo(302);
    assertThat(WebClient.location(cockpit)).isEqualTo("/login");
  }

  @Test
  void wrongPasswordShowsTheLoginPageWithAnError() {
    WebClient browser = new WebClient(port);

    HttpResponse<String> refused = browser.postForm("/login",
        Map.of("username", "nobody-at-all", "password", "guess", "_csrf", browser.csrfToken()));

    assertThat(WebClient.location(refused)).isEqualTo("/login?error");
  }

  @Test
  void ceoSignsInOnceAndTasklistKnowsHer() throws Exception {
    WebClient browser = new WebClient(port);

    assertThat(browser.signIn("ceo", "ceo")).as("the command center").isEqualTo("/");
    HttpResponse<String> tasklist = browser.browse("/camunda/app/tasklist/");

    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.body()).contains("<html");
    JsonNode me = whoAmI(browser);
    assertThat(me.get("userId").asText()).isEqualTo("ceo");
    assertThat(json.convertValue(me.get("authorizedApps"), String[].class))
        .contains("tasklist").doesNotContain("cockpit", "admin");
  }

  @Test
  void operatorLandsOnTheOperationsViewAndHasNeitherAdminNorTasklist() throws Exception {
    WebClient browser = new WebClient(port);

    assertThat(browser.signIn("operator", "operator")).isEqualTo("/");
    assertThat(browser.browse("/camunda/app/cockpit/").statusCode()).isEqualTo(200);

    assertThat(json.convertValue(whoAmI(browser).get("authorizedApps"), String[].class))
        .contains("cockpit").doesNotContain("admin", "tasklist");
  }

  @Test
  void processOwnerLandsInCockpit() {
    assertThat(new WebClient(port).signIn("owner", "owner")).isEqualTo("/camunda/app/cockpit/");
  }

  @Test
  void identityAdministratorLandsInAdminAndHasNothingElse() throws Exception {
    WebClient browser = new WebClient(port);

    assertThat(browser.signIn("admin", "admin")).isEqualTo("/camunda/app/admin/");
    assertThat(browser.browse("/camunda/app/admin/").statusCode()).isEqualTo(200);

    assertThat(json.convertValue(whoAmI(browser).get("authorizedApps"), String[].class))
        .contains("admin").doesNotContain("cockpit", "tasklist");
  }

  @Test
  void signingOutOfTasklistEndsTheWholeSessionAndCamundasLoginFormSignsBackIn() throws Exception {
    WebClient browser = new WebClient(port);
    browser.signIn("ceo", "ceo");
    browser.browse("/camunda/app/tasklist/");

    HttpResponse<String> logout = browser.postForm("/camunda/api/admin/auth/user/default/logout", Map.of(),
        "X-XSRF-TOKEN", "sent-by-the-webapp");

    assertThat(logout.statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).as("Spring session ended too")
        .isEqualTo(302);
    assertThat(browser.get(WHO_AM_I).statusCode()).as("Camunda session ended").isEqualTo(404);

    HttpResponse<String> camundaLogin = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", "ceo", "password", "ceo"), "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));

    assertThat(camundaLogin.statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
    assertThat(whoAmI(browser).get("userId").asText()).isEqualTo("ceo");
  }

  @Test
  void ourLogoutEndsTheWebappSessionToo() {
    WebClient browser = new WebClient(port);
    browser.signIn("ceo", "ceo");
    browser.browse("/camunda/app/tasklist/");

    HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", browser.csrfToken()));

    assertThat(WebClient.location(logout)).isEqualTo("/login?logout");
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
    assertThat(browser.get(WHO_AM_I).statusCode()).isEqualTo(404);
  }

  @Test
  void webappCallsWithoutASessionAre401NotALoginPage() {
    HttpResponse<String> call = new WebClient(port).get("/camunda/api/engine/engine/default/task/count");

    assertThat(call.statusCode()).isEqualTo(401);
    assertThat(call.headers().firstValue("WWW-Authenticate")).as("no browser password pop-up").isEmpty();
  }

  @Test
  void nobodyCanUseAdminsFirstAdministratorSetup() {
    WebClient browser = new WebClient(port);
    browser.signIn("owner", "owner");
    browser.browse("/camunda/app/welcome/");

    HttpResponse<String> setup = browser.postJson("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-password\"}}",
        "X-XSRF-TOKEN", String.valueOf(browser.cookie("XSRF-TOKEN")));

    assertThat(setup.statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }

  private JsonNode whoAmI(WebClient browser) throws Exception {
    HttpResponse<String> me = browser.get(WHO_AM_I);
    assertThat(me.statusCode()).isEqualTo(200);
    return json.readTree(me.body());
  }
}
