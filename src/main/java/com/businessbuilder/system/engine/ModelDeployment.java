package com.businessbuilder.system.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
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
 * and embedded HTML forms) at start.
 *
 * <p>The starter's auto-deployment names resources after their location (an absolute path under
 * {@code spring-boot:run}, a jar entry in the fat jar), so the same model would become a new version whenever
 * the launch mode changes. Here every resource is named {@code folder/file} whatever the launch mode, and
 * duplicate filtering keeps unchanged models at their current version across restarts.
 */
@Component
class ModelDeployment implements InitializingBean {

  static final String DEPLOYMENT_NAME = "business-builder";
  // embedded HTML forms are for what Camunda Forms cannot do in Tasklist 7, such as uploading a file
  static final List<String> MODEL_PATTERNS = List.of("classpath*:processes/*.bpmn", "classpath*:dmn/*.dmn",
      "classpath*:forms/*.form", "classpath*:forms/*.html");

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  ModelDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    List<Model> models = findModels();
    if (models.isEmpty()) {
      throw new IllegalStateException("No models found on the classpath under " + MODEL_PATTERNS);
    }
    deploy(models);
  }

  /**
   * Deploys what changed. An embedded HTML form is served from the deployment of its process definition, so when an
   * HTML form changed, the processes are deployed again together with the HTML forms (new process versions that
   * show the new form); decisions and Camunda Forms still get a new version only when they changed themselves.
   */
  void deploy(List<Model> models) throws IOException {
    boolean htmlFormChanged = false;
    for (Model model : models) {
      if (model.isHtmlForm() && changedSinceDeployed(model)) {
        htmlFormChanged = true;
      }
    }
    if (!htmlFormChanged) {
      deploy(models, true);
      return;
    }
    deploy(models.stream().filter(model -> !model.belongsToProcesses()).toList(), true);
    deploy(models.stream().filter(Model::belongsToProcesses).toList(), false);
  }

  private void deploy(List<Model> models, boolean changedOnly) throws IOException {
    if (models.isEmpty()) {
      return;
    }
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME);
    if (changedOnly) {
      deployment.enableDuplicateFiltering(true);
    }
    for (Model model : models) {
      deployment.addInputStream(model.name(), model.open());
    }
    DeploymentWithDefinitions deployed;
    try {
      deployed = deployment.deployWithResult();
    } catch (RuntimeException e) {
      throw new InvalidModelException(models, e);
    }
    log.info("Deployed {} models ({} new or changed definitions): {}", models.size(),
        countNew(deployed),
        models.stream().map(Model::name).toList());
  }

  private boolean changedSinceDeployed(Model model) throws IOException {
    byte[] current;
    try (InputStream in = model.open()) {
      current = in.readAllBytes();
    }
    for (Deployment earlier : repositoryService.createDeploymentQuery().deploymentSource(DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list()) {
      if (repositoryService.getDeploymentResourceNames(earlier.getId()).contains(model.name())) {
        try (InputStream deployed = repositoryService.getResourceAsStream(earlier.getId(), model.name())) {
          return !Arrays.equals(current, deployed.readAllBytes());
        }
      }
    }
    return true;
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

    boolean isHtmlForm() {
      return name.startsWith("forms/") && name.endsWith(".html");
    }

    boolean belongsToProcesses() {
      return name.startsWith("processes/") || isHtmlForm();
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
