package com.businessbuilder.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelDeploymentTest {

  @Autowired RepositoryService repository;
  @Autowired ModelDeployment deployment;

  @Test
  void modelsOfTheTopLevelFoldersAreDeployedUnderStableNames() {
    Deployment latest = repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().listPage(0, 1).get(0);

    assertThat(repository.getDeploymentResourceNames(latest.getId()))
        .contains("processes/client-discovery.bpmn", "dmn/lead-scoring.dmn", "forms/lead-review.form")
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
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("client-discovery").latestVersion()
        .singleResult().getVersion()).isEqualTo(1);
  }

  @Test
  void everyDeployedModelCarriesAHistoryTimeToLive() {
    assertThat(repository.createProcessDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull());
    assertThat(repository.createDecisionDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull());
  }
}
