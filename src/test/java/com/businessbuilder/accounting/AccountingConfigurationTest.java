package com.businessbuilder.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

class AccountingConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(AccountingConfiguration.class)
      .withBean(LedgerRepository.class, () -> mock(LedgerRepository.class))
      .withBean(JdbcClient.class, () -> mock(JdbcClient.class))
      .withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class));

  @Test
  void theOfflineLedgerWhenNothingIsConfigured() {
    context.run(started -> assertThat(started).getBean(Accounting.class).isInstanceOf(OfflineLedger.class));
  }

  @Test
  void quickbooksWhenConfigured() {
    context.withPropertyValues("bb.accounting.provider=quickbooks", "bb.accounting.realm-id=9341453156789",
            "bb.accounting.client-id=client", "bb.accounting.client-secret=secret",
            "bb.accounting.refresh-token=refresh")
        .run(started -> assertThat(started).getBean(Accounting.class).isInstanceOf(QuickBooksAccounting.class));
  }

  @Test
  void anIncompleteQuickbooksConfigurationStopsTheStartNamingTheProperty() {
    context.withPropertyValues("bb.accounting.provider=quickbooks", "bb.accounting.realm-id=9341453156789",
            "bb.accounting.client-id=client", "bb.accounting.client-secret=secret")
        .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
            .hasMessageContaining("bb.accounting.refresh-token must be set"));
  }
}
