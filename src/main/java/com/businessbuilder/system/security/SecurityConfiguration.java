package com.businessbuilder.system.security;

import static com.businessbuilder.system.security.BusinessGroups.OPERATORS;

import com.businessbuilder.system.web.ProblemWriter;
import io.github.bucket4j.TimeMeter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in. Machines (REST API, engine REST API, actuator) send HTTP Basic credentials on every call and get
 * problem+json 401/403 answers. People sign in once on {@code /login}; the same session carries them into the
 * Camunda webapps (see {@link WebappSignIn}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final PathPatternRequestMatcher.Builder PATH = PathPatternRequestMatcher.withDefaults();

  /** The application's own pages: nothing from elsewhere, no inline scripts, not framed. */
  static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain machineAccess(HttpSecurity http, JerseyApplicationPath engineRest, ProblemResponses problems)
      throws Exception {
    RequestMatcher engineRestCalls = PATH.matcher(engineRest.getRelativePath("/**"));
    http.securityMatcher(new OrRequestMatcher(PATH.matcher("/api/**"), engineRestCalls, PATH.matcher("/actuator/**")))
        .authorizeHttpRequests(requests -> {
          requests
              .requestMatchers(PATH.matcher("/actuator/health"), PATH.matcher("/actuator/health/**")).permitAll()
              // providers' webhooks cannot send our credentials; each verifies its message's signature itself
              .requestMatchers(PATH.matcher(HttpMethod.POST, "/api/webhooks/**")).permitAll()
              .requestMatchers(PATH.matcher("/actuator/**")).hasRole(OPERATORS)
              // the engine's authorizations and its SeparationOfDuties then decide what each group may do
              .requestMatchers(engineRestCalls).hasAnyRole(BusinessGroups.ALL.toArray(String[]::new));
          ApiAccess.RULES.forEach(rule ->
              requests.requestMatchers(PATH.matcher(rule.method(), rule.path())).hasAnyRole(rule.roles()));
          // an endpoint without a rule is a test failure (ApiAccessMatrixTest); an unknown path is a 404
          requests.anyRequest().hasAnyRole(BusinessGroups.ALL.toArray(String[]::new));
        })
        .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems.basicChallenge()))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(problems.basicChallenge())
            .accessDeniedHandler(problems))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain peopleAccess(HttpSecurity http, ProblemResponses problems, WebappSignIn webappSignIn,
      AuthenticationConfiguration authentication,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) throws Exception {
    RequestMatcher webappCalls = PATH.matcher(webapps + "/api/**");
    RequestMatcher camundaLogin = PATH.matcher(HttpMethod.POST, webapps + "/api/admin/auth/user/*/login/*");
    // Only the webapps' own scripts send this header; a cross-site form cannot, so nobody is logged out from afar.
    RequestMatcher camundaLogout = new AndRequestMatcher(
        PATH.matcher(HttpMethod.POST, webapps + "/api/admin/auth/user/*/logout"),
        new RequestHeaderRequestMatcher("X-XSRF-TOKEN"));
    HttpSessionRequestCache pagesAskedFor = new HttpSessionRequestCache();
    pagesAskedFor.setRequestMatcher(new AndRequestMatcher(
        PATH.matcher(HttpMethod.GET, "/**"), new NegatedRequestMatcher(webappCalls)));

    http.authorizeHttpRequests(requests -> {
          requests
            // Admin's "create the first administrator" setup: closed by SystemAccount, and closed here as well
            .requestMatchers(PATH.matcher(webapps + "/api/admin/setup/**"),
                PATH.matcher(webapps + "/app/admin/*/setup/**")).denyAll()
            .requestMatchers(camundaLogin, PATH.matcher(HttpMethod.GET, webapps + "/api/admin/auth/user/*")).permitAll()
            .requestMatchers(PATH.matcher("/login"), PATH.matcher("/error"), PATH.matcher("/v3/api-docs/**"),
                PATH.matcher("/swagger-ui/**"), PATH.matcher("/swagger-ui.html")).permitAll()
            .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
            .requestMatchers(PATH.matcher("/vendor/**")).permitAll();
          // our pages: docs/security.md, "The application's pages"
          PageAccess.RULES.forEach(rule ->
              requests.requestMatchers(PATH.matcher(HttpMethod.GET, rule.path())).hasAnyRole(rule.roles()));
          requests.anyRequest().authenticated();
        })
        .authenticationManager(webappAccounts(authentication.getAuthenticationManager()))
        .formLogin(form -> form
            .loginPage("/login")
            .successHandler(new LandingPage(webapps, pagesAskedFor))
            .failureHandler(signInRefused())
            .permitAll())
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(PATH.matcher(HttpMethod.POST, "/logout"), camundaLogout))
            .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK), camundaLogout)
            .logoutSuccessUrl("/login?logout")
            .permitAll())
        // the webapps protect their calls with their own CSRF filter
        .csrf(csrf -> csrf.ignoringRequestMatchers(webappCalls))
        .requestCache(cache -> cache.requestCache(pagesAskedFor))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(signInFirst(webappCalls, problems))
            // the webapps' calls get a problem detail; a page gets the error page (or a problem, by Accept)
            .defaultAccessDeniedHandlerFor(problems, webappCalls)
            .defaultAccessDeniedHandlerFor((request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value()),
                AnyRequestMatcher.INSTANCE))
        .headers(headers -> headers
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            // the webapps send their own policy (with nonces for their scripts); ours covers our pages
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
                PATH.matcher(webapps + "/**")), new StaticHeadersWriter("Content-Security-Policy", PAGES_POLICY))))
        .addFilterBefore(webappSignIn.bridge(camundaLogin), AuthorizationFilter.class);
    return http.build();
  }

  /** Before Spring Security, so a throttled address is refused before its password is even checked. */
  @Bean
  FilterRegistrationBean<SignInThrottle> signInThrottle(SecuritySettings settings, ProblemWriter problems,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(
        new SignInThrottle(settings.signIn(), webapps, problems, TimeMeter.SYSTEM_MILLISECONDS));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
    return registration;
  }

  /**
   * A request the firewall refuses (an encoded slash or dot segment, a NUL byte, a double slash) is a 400 problem
   * detail saying so, not the servlet container's page.
   */
  @Bean
  RequestRejectedHandler rejectedRequests(ProblemWriter problems) {
    return (request, response, rejected) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
        "The address holds characters or segments that are not allowed (encoded slashes, dot segments, "
            + "control characters)");
  }

  /**
   * The sign-in form checks the password like every other way in, then refuses accounts that have no web
   * application (integrations): they call the API with HTTP Basic and get no session.
   */
  private static AuthenticationManager webappAccounts(AuthenticationManager passwords) {
    return attempt -> {
      Authentication signedIn = passwords.authenticate(attempt);
      List<String> groups = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
          .filter(role -> role.startsWith("ROLE_")).map(role -> role.substring("ROLE_".length())).toList();
      if (!BusinessGroups.hasWebapp(groups)) {
        throw new NoWebapp();
      }
      return signedIn;
    };
  }

  /** A wrong password goes back to the form with an error; an integration account is told why it has no pages. */
  private static AuthenticationFailureHandler signInRefused() {
    ExceptionMappingAuthenticationFailureHandler refused = new ExceptionMappingAuthenticationFailureHandler();
    refused.setDefaultFailureUrl("/login?error");
    refused.setExceptionMappings(Map.of(NoWebapp.class.getName(), "/login?integration"));
    return refused;
  }

  /** The account is an integration's: the API with HTTP Basic, no web application. */
  static final class NoWebapp extends AccountStatusException {
    NoWebapp() {
      super("Integration accounts use the API with HTTP Basic; they have no web application");
    }
  }

  /** Pages go to the login page; the webapps' background calls get a 401 their scripts understand. */
  private static AuthenticationEntryPoint signInFirst(RequestMatcher webappCalls, ProblemResponses problems) {
    LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byRequest = new LinkedHashMap<>();
    byRequest.put(webappCalls, problems.signInRequired());
    DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byRequest);
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
    return entryPoint;
  }
}
