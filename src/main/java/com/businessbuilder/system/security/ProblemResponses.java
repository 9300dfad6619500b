package com.businessbuilder.system.security;

import com.businessbuilder.system.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** RFC 7807 answers for callers that are not signed in (401) or not allowed (403), instead of a login page. */
@Component
class ProblemResponses implements AccessDeniedHandler {

  static final String REALM = "Business Builder";

  private final ProblemWriter problems;

  ProblemResponses(ProblemWriter problems) {
    this.problems = problems;
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
    problems.write(request, response, status, detail);
  }
}
