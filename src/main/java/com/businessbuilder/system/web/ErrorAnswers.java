package com.businessbuilder.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer to every error no controller answered itself (the servlet container's, a filter's, a missing page):
 * a page for browsers, a problem detail for everyone else, never a stack trace, and never the framework's
 * {@code {"status": 999}} when someone opens {@code /error} itself (that is a 404).
 */
@Controller
class ErrorAnswers implements ErrorController {

  static final String ERROR_VIEW = "error";

  private final ProblemWriter problems;

  ErrorAnswers(ProblemWriter problems) {
    this.problems = problems;
  }

  @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    HttpStatus status = status(request);
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    return ERROR_VIEW;
  }

  @RequestMapping("/error")
  void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpStatus status = status(request);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    problem.setInstance(ProblemWriter.instance(path instanceof String uri ? uri : request.getRequestURI()));
    problems.write(request, response, problem);
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null ? HttpStatus.NOT_FOUND : status;
  }

  private static String detail(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "There is nothing at this address";
      case BAD_REQUEST -> "The request is malformed";
      case METHOD_NOT_ALLOWED -> "This address does not take this method";
      case PAYLOAD_TOO_LARGE -> "The request is too large";
      default -> status.is5xxServerError()
          ? "The request could not be completed; the operators find the details in the log"
          : status.getReasonPhrase();
    };
  }
}
