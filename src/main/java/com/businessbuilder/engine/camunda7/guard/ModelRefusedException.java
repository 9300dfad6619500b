package com.businessbuilder.engine.camunda7.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * The guard refused a deployment; nothing of it was deployed. A {@link ParseException}, so the engine's REST API
 * answers 400 with one report per refused resource (element ids, lines) and Camunda Modeler shows them.
 */
public class ModelRefusedException extends ParseException {

  private static final long serialVersionUID = 1L;

  private final transient List<Refusal> refusals;

  ModelRefusedException(List<Refusal> refusals) {
    super(message(refusals), refusals.get(0).resource(), List.of(), List.of());
    this.refusals = List.copyOf(refusals);
    Map<String, List<Problem>> byResource = new LinkedHashMap<>();
    refusals.forEach(refusal -> byResource.computeIfAbsent(refusal.resource(), r -> new ArrayList<>()).add(refusal));
    List<ResourceReport> reports = new ArrayList<>();
    byResource.forEach((resource, problems) -> reports.add(new ResourceReportImpl(resource, problems, List.of())));
    this.resorceReports = reports;
  }

  List<Refusal> refusals() {
    return refusals;
  }

  private static String message(List<Refusal> refusals) {
    return "The model guard refused the deployment, nothing was deployed (docs/model-guard.md): "
        + refusals.stream().map(Refusal::getMessage).collect(Collectors.joining("; "));
  }
}
