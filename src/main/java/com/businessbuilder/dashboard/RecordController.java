package com.businessbuilder.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * A page per record of a pipeline ({@code /pipelines/leads/<id>}, {@code /pipelines/deals/<id>}, and those of the
 * pipelines that add a {@link PipelineBoard}): its facts, its timeline and its run on the deployed models. The
 * page refreshes its facts and timeline from {@code .../live} and its diagram from {@code .../diagram}.
 */
@Controller
class RecordController {

  static final String RECORD_VIEW = "dashboard/record";
  static final String LIVE_FRAGMENT = RECORD_VIEW + " :: live";

  private final RecordPages pages;
  private final DashboardProperties properties;

  RecordController(RecordPages pages, DashboardProperties properties) {
    this.pages = pages;
    this.properties = properties;
  }

  @GetMapping("/pipelines/{segment}/{key}")
  String record(@PathVariable String segment, @PathVariable String key, Authentication user, Model model) {
    fill(segment, key, user, model);
    return RECORD_VIEW;
  }

  @GetMapping("/pipelines/{segment}/{key}/live")
  String live(@PathVariable String segment, @PathVariable String key, Authentication user, Model model) {
    fill(segment, key, user, model);
    return LIVE_FRAGMENT;
  }

  @GetMapping("/pipelines/{segment}/{key}/diagram")
  @ResponseBody
  ResponseEntity<RecordPages.DiagramView> diagram(@PathVariable String segment, @PathVariable String key,
      @RequestParam(required = false) String process) {
    return ResponseEntity.of(pages.diagram(segment, key, process));
  }

  private void fill(String segment, String key, Authentication user, Model model) {
    RecordPages.RecordView view = pages.view(segment, key).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "No such record"));
    model.addAttribute("viewer", HomeController.Viewer.of(user));
    model.addAttribute("view", view);
    model.addAttribute("refreshMillis", properties.refreshEvery().toMillis());
  }
}
