package com.businessbuilder.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem detail (RFC 9457) straight to the response, for answers given outside the controllers: by
 * security, by request checks that run before any controller, by the error page.
 */
@Component
public class ProblemWriter {

  private final ObjectMapper json;

  public ProblemWriter(ObjectMapper json) {
    this.json = json;
  }

  public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    write(request, response, ProblemDetail.forStatusAndDetail(status, detail));
  }

  /** A 400 (or other status) for one bad field or parameter, named under {@code errors} as the API does. */
  public void writeField(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field,
      String message) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + " " + message);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", java.util.List.of(Map.of("field", field, "message", message)));
    write(request, response, problem);
  }

  public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    if (problem.getInstance() == null) {
      problem.setInstance(instance(request.getRequestURI()));
    }
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  /** The path as a URI, or none when it cannot be one (a path with a NUL byte, say). */
  static URI instance(String path) {
    try {
      return path == null ? null : URI.create(path);
    } catch (IllegalArgumentException unusualPath) {
      return null;
    }
  }
}
