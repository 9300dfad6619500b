package com.businessbuilder.engine.camunda7.guard;

import com.businessbuilder.worker.TaskHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Deploying a model runs code, so every new deployment passes this guard before the engine parses it (a custom
 * pre-deployer, {@link ModelGuardPlugin}): whether it comes over REST, from Camunda Modeler or Cockpit, or is the
 * application's own release of {@code processes/}, {@code dmn/} and {@code forms/}. A refused deployment throws
 * {@link ModelRefusedException} inside the deploying transaction, so nothing of it is stored, no definition is
 * cached and no timer job is created. Deployments read back from the database (a cache reload) are not new and are
 * not checked again.
 *
 * <p>The rules are in {@link BpmnRules}, {@link ExpressionRules}, {@link DmnRules} and {@link HtmlFormRules}; what
 * models may reach beyond their variables is in {@link AllowList}. The one thing only the release may do is start
 * processes by timer: a release is what {@link #release} deploys, on the application's own thread and with exactly
 * the bytes it was handed; neither a user id nor a deployment name or source, which any REST caller can set, makes
 * a deployment a release.
 */
@Component
public class ModelGuard implements Deployer {

  private final AllowList allowList;
  private final ExpressionRules expressions;
  private final Supplier<Set<String>> topics;
  private final ThreadLocal<Map<String, byte[]>> release = new ThreadLocal<>();

  @Autowired
  ModelGuard(ObjectProvider<TaskHandler> handlers, ApplicationContext application) {
    this(AllowList.RELEASED,
        () -> handlers.orderedStream().map(TaskHandler::topic).collect(Collectors.toUnmodifiableSet()),
        application::containsBean);
  }

  ModelGuard(AllowList allowList, Supplier<Set<String>> topics, Predicate<String> isSpringBean) {
    this.allowList = allowList;
    this.expressions = new ExpressionRules(allowList, isSpringBean);
    this.topics = topics;
  }

  /**
   * Deploys the application's release of its models: {@code deploy} runs on this thread, and a deployment it makes
   * whose every resource is one of {@code models}, byte for byte, counts as the release. It passes the same rules as
   * any deployment, and may start processes by timer.
   */
  public <T> T release(Map<String, byte[]> models, Supplier<T> deploy) {
    topics.get(); // the task handlers exist before the engine's deploying transaction asks for their topics
    Map<String, byte[]> outer = release.get();
    release.set(Map.copyOf(models));
    try {
      return deploy.get();
    } finally {
      if (outer == null) {
        release.remove();
      } else {
        release.set(outer);
      }
    }
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Map<String, byte[]> resources = new HashMap<>();
    deployment.getResources().values().forEach(resource -> resources.put(resource.getName(), bytes(resource)));
    List<Refusal> refusals = check(resources, isRelease(resources), dmnDefaultsAreFeel());
    if (!refusals.isEmpty()) {
      throw new ModelRefusedException(refusals);
    }
  }

  /** Every refusal of the resources (name to content), by resource name; empty when they may be deployed. */
  List<Refusal> check(Map<String, byte[]> resources, boolean isRelease, boolean dmnDefaultsAreFeel) {
    GuardContext context = new GuardContext(allowList, expressions, topics.get(), isRelease, dmnDefaultsAreFeel);
    List<Refusal> refusals = new ArrayList<>();
    new TreeMap<>(resources).forEach((name, content) -> refusals.addAll(check(name, content, context)));
    return refusals;
  }

  private static List<Refusal> check(String name, byte[] content, GuardContext context) {
    Refusals refusals = new Refusals(name);
    switch (ResourceType.of(name)) {
      case BPMN -> new BpmnRules(refusals, context).walk(content);
      case DMN -> new DmnRules(refusals, context).walk(content);
      case HTML_FORM -> HtmlFormRules.check(new String(content, StandardCharsets.UTF_8), context.release(),
          refusals);
      case CAMUNDA_FORM -> {
        // form-js JSON: rendered by Tasklist's form-js, which runs no code of the form
      }
      case OTHER -> refusals.add(Rule.RESOURCE_TYPE, "'" + name + "' is not a .bpmn, .dmn, .form or .html model");
    }
    return refusals.list();
  }

  private boolean isRelease(Map<String, byte[]> resources) {
    Map<String, byte[]> released = release.get();
    return released != null && resources.entrySet().stream()
        .allMatch(resource -> Arrays.equals(released.get(resource.getKey()), resource.getValue()));
  }

  private static boolean dmnDefaultsAreFeel() {
    DefaultDmnEngineConfiguration dmn = Context.getProcessEngineConfiguration().getDmnEngineConfiguration();
    return dmn != null && Stream.of(dmn.getDefaultInputExpressionExpressionLanguage(),
            dmn.getDefaultInputEntryExpressionLanguage(), dmn.getDefaultOutputEntryExpressionLanguage(),
            dmn.getDefaultLiteralExpressionLanguage())
        .allMatch(language -> language != null && DmnRules.isFeel(language));
  }

  private static byte[] bytes(ResourceEntity resource) {
    return resource.getBytes() == null ? new byte[0] : resource.getBytes();
  }

  /** What the engine makes of a resource, by the ends of names its deployers look for (in any case, to be safe). */
  enum ResourceType {
    BPMN, DMN, CAMUNDA_FORM, HTML_FORM, OTHER;

    static ResourceType of(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
        return BPMN;
      }
      if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
        return DMN;
      }
      if (lower.endsWith(".form")) {
        return CAMUNDA_FORM;
      }
      if (lower.endsWith(".html") || lower.endsWith(".htm")) {
        return HTML_FORM;
      }
      return OTHER;
    }
  }
}
