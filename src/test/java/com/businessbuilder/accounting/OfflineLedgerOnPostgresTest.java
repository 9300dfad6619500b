package com.businessbuilder.accounting;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The offline ledger's tests, concurrent numbering included, on a real PostgreSQL. */
class OfflineLedgerOnPostgresTest extends OfflineLedgerTest {

  static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Override
  LedgerDatabase database() {
    LedgerDatabase db = new LedgerDatabase(postgres.getPostgresDatabase());
    // one database for the class: every test starts from empty ledger tables
    db.jdbc.sql("truncate bb_ledger_invoice_line, bb_ledger_invoice, bb_ledger_customer, bb_ledger_invoice_series, "
        + "bb_ledger_payment, bb_accounting_oauth").update();
    return db;
  }
}
