package com.businessbuilder.accounting;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Chooses the {@link Accounting} adapter by {@code bb.accounting.provider}; the offline ledger when nothing is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountingProperties.class)
class AccountingConfiguration {

  private static final Logger log = LoggerFactory.getLogger(AccountingConfiguration.class);

  @Bean
  Accounting accounting(AccountingProperties properties, LedgerRepository ledger, PlatformTransactionManager transactions,
      JdbcClient jdbc, ObjectProvider<Clock> clock) {
    Accounting accounting = properties.quickbooks()
        ? new QuickBooksAccounting(properties, ledger, new QuickBooksTokenStore(jdbc))
        : new OfflineLedger(ledger, new TransactionTemplate(transactions), properties.invoicePrefix(), clock.getIfAvailable(Clock::systemUTC));
    if (properties.quickbooks()) {
      log.info("Invoices go to QuickBooks Online at {} (company {})", properties.baseUrl(), properties.realmId());
    } else {
      log.info("Invoices go to the offline ledger (GET /api/ledger/invoices); QuickBooks Online is not configured");
    }
    if (properties.webhookVerifierToken() == null) {
      log.info("No bb.accounting.webhook-verifier-token: /api/webhooks/quickbooks refuses every notification");
    }
    return accounting;
  }
}
