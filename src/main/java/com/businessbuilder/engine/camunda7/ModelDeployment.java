package com.businessbuilder.engine.camunda7;

import com.businessbuilder.engine.camunda7.guard.ModelGuard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of the top-level folders {@code processes/}, {@code dmn/} and {@code forms/} (Camunda Forms
 * and embedded HTML forms) at start, as one release.
 *
 * <p>The models are released together, like code: when any of them changed, all of them are deployed again in one
 * deployment, and every call activity, decision and form binds {@code deployment}. A run therefore keeps calling
 * the processes, decisions and forms of the release it started with, however long it waits, and a run started after
 * a release uses the new ones. When nothing changed, nothing is deployed and every model keeps its version across
 * restarts. Every resource is named {@code folder/file} whatever the launch mode (the starter's auto-deployment
 * would name it after an absolute path under {@code spring-boot:run} and a jar entry in the fat jar). The release
 * passes the {@link ModelGuard} like any deployment; being the release, it may start processes by timer.
 */
@Component
class ModelDeployment implements InitializingBean {

  static final String DEPLOYMENT_NAME = "business-builder";
  static final List<String> MODEL_PATTERNS = List.of("classpath*:processes/*.bpmn", "classpath*:dmn/*.dmn",
      "classpath*:forms/*.form", "classpath*:forms/*.html");

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final ModelGuard guard;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  ModelDeployment(RepositoryService repositoryService, ModelGuard guard) {
    this.repositoryService = repositoryService;
    this.guard = guard;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    List<Model> models = findModels();
    if (models.isEmpty()) {
      throw new IllegalStateException("No models found on the classpath under " + MODEL_PATTERNS);
    }
    deploy(models);
  }

  /** Deploys the models as a new release if any of them changed since the last one; otherwise nothing. */
  void deploy(List<Model> models) throws IOException {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        // the whole release again when one model changed, nothing when none did
        .enableDuplicateFiltering(false);
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (Model model : models) {
      try (InputStream in = model.open()) {
        contents.put(model.name(), in.readAllBytes());
      }
    }
    contents.forEach((name, content) -> deployment.addInputStream(name, new ByteArrayInputStream(content)));
    DeploymentWithDefinitions deployed;
    try {
      deployed = guard.release(contents, deployment::deployWithResult);
    } catch (RuntimeException e) {
      throw new InvalidModelException(models, e);
    }
    int definitions = countNew(deployed);
    if (definitions == 0) {
      log.info("Models unchanged since the last release ({} models)", models.size());
    } else {
      log.info("Released {} models as deployment {} ({} definitions): {}", models.size(), deployed.getId(),
          definitions, models.stream().map(Model::name).toList());
    }
  }

  private static int countNew(DeploymentWithDefinitions deployed) {
    return sizeOf(deployed.getDeployedProcessDefinitions()) + sizeOf(deployed.getDeployedDecisionDefinitions())
        + sizeOf(deployed.getDeployedDecisionRequirementsDefinitions());
  }

  private static int sizeOf(List<?> list) {
    return list == null ? 0 : list.size();
  }

  List<Model> findModels() throws IOException {
    List<Model> models = new ArrayList<>();
    for (String pattern : MODEL_PATTERNS) {
      String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
      for (Resource resource : resolver.getResources(pattern)) {
        models.add(new Model(folder + "/" + resource.getFilename(), resource));
      }
    }
    models.sort(Comparator.comparing(Model::name));
    return models;
  }

  record Model(String name, Resource resource) {
    InputStream open() throws IOException {
      return resource.getInputStream();
    }
  }

  /** A model the engine refused; the message names the files so a process owner knows where to look. */
  static class InvalidModelException extends IllegalStateException {
    InvalidModelException(List<Model> models, RuntimeException cause) {
      super("The engine refused to deploy the models " + models.stream().map(Model::name).toList()
          + ": " + cause.getMessage(), cause);
    }
  }
}
