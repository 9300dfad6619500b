package com.businessbuilder.system.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** RFC 7807 answers for callers that are not signed in (401) or not allowed (403), instead of a login page. */
@Component
class ProblemResponses implements AccessDeniedHandler {

  static final String REALM = "Business Builder";

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  /** For API clients: asks for HTTP Basic credentials. */
  AuthenticationEntryPoint basicChallenge() {
    return (request, response, failure) -> {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
      write(request, response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic authentication.");
    };
  }

  /** For the webapps' own background calls: no Basic challenge, or the browser would pop up a password dialog. */
  AuthenticationEntryPoint signInRequired() {
    return (request, response, failure) ->
        write(request, response, HttpStatus.UNAUTHORIZED, "Your session has ended; sign in again.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "Your groups do not allow this request.");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    try {
      problem.setInstance(URI.create(request.getRequestURI()));
    } catch (IllegalArgumentException unusualPath) {
      // the problem is still complete without it
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
