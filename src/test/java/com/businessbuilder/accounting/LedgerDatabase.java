package com.businessbuilder.accounting;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A database with the application's tables (a fresh in-memory H2 by default), for tests without a Spring context. */
final class LedgerDatabase {

  final DataSource dataSource;
  final JdbcClient jdbc;
  final LedgerRepository ledger;
  final TransactionTemplate transactions;

  LedgerDatabase() {
    this(new DriverManagerDataSource("jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  LedgerDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    ledger = new LedgerRepository(jdbc);
    transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  int count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
  }
}
