package com.businessbuilder.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

class SigningConfigurationTest {

  final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TaskSchedulingAutoConfiguration.class))
      .withUserConfiguration(SigningConfiguration.class)
      .withBean(JdbcClient.class, SigningTestData::freshJdbc);

  @Test
  void offlineByDefaultWithoutPolling() {
    context.run(started -> {
      assertThat(started).hasNotFailed();
      assertThat(started.getBean(ESignature.class)).isInstanceOf(OfflineSignature.class);
      assertThat(started).doesNotHaveBean(SignatureStatusPoller.class);
    });
  }

  @Test
  void docuSignWithPolling() {
    context.withPropertyValues("bb.signing.provider=docusign", "bb.signing.integration-key=key",
            "bb.signing.user-id=user", "bb.signing.account-id=account",
            "bb.signing.private-key=" + SigningTestData.privateKeyPem(),
            "bb.signing.connect-hmac-key=" + SigningTestData.CONNECT_KEY, "bb.signing.poll-interval=1h")
        .run(started -> {
          assertThat(started).hasNotFailed();
          assertThat(started.getBean(ESignature.class)).isInstanceOf(DocuSignSignature.class);
          assertThat(started).hasSingleBean(SignatureStatusPoller.class);
        });
  }

  @Test
  void anIncompleteDocuSignSetupDoesNotStart() {
    context.withPropertyValues("bb.signing.provider=docusign").run(started ->
        assertThat(started).getFailure().rootCause()
            .hasMessageContaining("bb.signing.integration-key must be set when bb.signing.provider is docusign"));
  }
}
