package com.businessbuilder.dashboard;

import com.businessbuilder.lifecycle.InitiativeSubmission;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CEO's "Start an initiative" form on the home page: starts it with the checks of {@code POST /api/initiatives}
 * and opens its page; what is wrong with the form goes back to the home page in words. The form's key, made when
 * the page was drawn, starts one initiative however often the form is sent.
 */
@Controller
class InitiativeFormController {

  static final String PATH = "/initiatives";
  static final String PROBLEM = "initiativeProblem";

  private final InitiativeSubmission submission;

  InitiativeFormController(InitiativeSubmission submission) {
    this.submission = submission;
  }

  @PostMapping(PATH)
  String start(@RequestParam String goal, @RequestParam(defaultValue = "") String constraints,
      @RequestParam(required = false) BigDecimal budget, @RequestParam(required = false) String currency,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
      @RequestParam String formKey, Authentication user, RedirectAttributes redirect) {
    if (!HomeController.Viewer.of(user).ceo()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the CEO starts initiatives");
    }
    List<String> lines = constraints.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    try {
      String id = submission.start(goal, lines, budget, currency == null || currency.isBlank() ? null : currency,
          deadline, user.getName(), formKey);
      return "redirect:/pipelines/initiatives/" + id;
    } catch (ConstraintViolationException e) {
      redirect.addFlashAttribute(PROBLEM, e.getConstraintViolations().stream()
          .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted()
          .collect(Collectors.joining("; ")));
      return "redirect:/#start-initiative";
    }
  }
}
