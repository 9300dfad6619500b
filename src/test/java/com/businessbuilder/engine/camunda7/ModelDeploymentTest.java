package com.businessbuilder.engine.camunda7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelDeploymentTest {

  static final String HTML_FORM = "forms/countersigned-contract.html";

  @Autowired RepositoryService repository;
  @Autowired ModelDeployment deployment;

  @Test
  void modelsOfTheTopLevelFoldersAreDeployedUnderStableNames() {
    List<String> names = new ArrayList<>();
    repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).list()
        .forEach(d -> names.addAll(repository.getDeploymentResourceNames(d.getId())));

    assertThat(names)
        .contains("processes/client-discovery.bpmn", "dmn/lead-scoring.dmn", "forms/lead-review.form", HTML_FORM)
        .allMatch(name -> name.matches("(processes|dmn|forms)/[^/]+\\.(bpmn|dmn|form|html)"));
  }

  @Test
  void unchangedModelsKeepTheirVersionOnRedeployment() throws Exception {
    long definitions = repository.createProcessDefinitionQuery().count()
        + repository.createDecisionDefinitionQuery().count();
    long deployments = repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count();

    deployment.afterPropertiesSet(); // what a restart does

    assertThat(repository.createProcessDefinitionQuery().count()
        + repository.createDecisionDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count())
        .isEqualTo(deployments);
  }

  @Test
  void aChangedModelReleasesAllModelsTogetherSoEveryBindingFindsItsRelease() throws Exception {
    ProcessDefinition before = latest("deal-closing");
    long decisions = repository.createDecisionDefinitionQuery().count();
    String changedForm = "<form role=\"form\"><p>changed " + System.nanoTime() + "</p></form>";
    List<ModelDeployment.Model> models = new ArrayList<>();
    for (ModelDeployment.Model model : deployment.findModels()) {
      models.add(model.name().equals(HTML_FORM)
          ? new ModelDeployment.Model(HTML_FORM, new ByteArrayResource(changedForm.getBytes(StandardCharsets.UTF_8)))
          : model);
    }

    deployment.deploy(models);

    ProcessDefinition after = latest("deal-closing");
    assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
    try (InputStream served = repository.getResourceAsStream(after.getDeploymentId(), HTML_FORM)) {
      assertThat(new String(served.readAllBytes(), StandardCharsets.UTF_8))
          .as("the form Tasklist shows for the new release").isEqualTo(changedForm);
    }
    assertThat(repository.getDeploymentResourceNames(after.getDeploymentId()))
        .as("one release holds every model").hasSameSizeAs(models);
    assertThat(repository.createDecisionDefinitionQuery().count()).as("the decisions were released again")
        .isGreaterThan(decisions);
    assertThat(latest("quality-gate").getDeploymentId()).isEqualTo(after.getDeploymentId());

    deployment.afterPropertiesSet(); // back to the real form, for the other tests of this context
    assertThat(latest("deal-closing").getVersion()).isEqualTo(after.getVersion() + 1);
  }

  @Test
  void aReleasedModelThatBreaksARuleOfTheModelGuardStopsTheRelease() throws Exception {
    String quality = "processes/quality-gate.bpmn";
    long deployments = repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count();
    List<ModelDeployment.Model> models = new ArrayList<>();
    for (ModelDeployment.Model model : deployment.findModels()) {
      String text = new String(model.open().readAllBytes(), StandardCharsets.UTF_8);
      models.add(model.name().equals(quality)
          ? new ModelDeployment.Model(quality, new ByteArrayResource(text.replaceFirst("camunda:type=\"external\"",
              "camunda:class=\"com.example.Evil\"").getBytes(StandardCharsets.UTF_8)))
          : model);
    }

    assertThatThrownBy(() -> deployment.deploy(models))
        .isInstanceOf(ModelDeployment.InvalidModelException.class)
        .hasMessageContaining("The model guard refused the deployment")
        .hasMessageContaining(quality + ", element ServiceTask_")
        .hasMessageContaining("rule no-java-classes: camunda:class=\"com.example.Evil\" names a Java class");
    assertThat(repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count())
        .isEqualTo(deployments);
  }

  @Test
  void everyDeployedModelCarriesAHistoryTimeToLive() {
    assertThat(repository.createProcessDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull());
    assertThat(repository.createDecisionDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull());
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }
}
