package com.businessbuilder.signing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A throwaway RSA key, a fresh migrated database and a contract to send. */
final class SigningTestData {

  static final KeyPair KEYS = rsaKeys();
  static final String INTEGRATION_KEY = "7c2b8d7e-83c3-4940-af5e-cda8a50dd73f";
  static final String USER_ID = "aa7f2b3c-1e4d-4f1a-9b6e-0c2d3e4f5a6b";
  static final String ACCOUNT_ID = "6d1f2e3a-4b5c-6d7e-8f90-a1b2c3d4e5f6";
  static final String CONNECT_KEY = "Tz3vZ6c9o5Q9k1m2n3b4v5c6x7z8a9s0d1f2g3h4j5k=";

  private SigningTestData() {}

  /** The private key as PEM (PKCS#8), as it would come from BB_DOCUSIGN_PRIVATE_KEY. */
  static String privateKeyPem() {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(KEYS.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  static SigningProperties docuSign(String baseUrl) {
    return new SigningProperties("docusign", baseUrl + "/restapi", baseUrl, INTEGRATION_KEY, USER_ID, ACCOUNT_ID,
        privateKeyPem(), CONNECT_KEY, null, null, null, java.time.Duration.ofSeconds(2),
        java.time.Duration.ofSeconds(2));
  }

  static SignatureEnvelopes freshDatabase() {
    return new SignatureEnvelopes(freshJdbc());
  }

  static JdbcClient freshJdbc() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:signing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    migrate(dataSource);
    return JdbcClient.create(dataSource);
  }

  private static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  static SignatureRequest contract(String idempotencyKey) {
    return new SignatureRequest(idempotencyKey, "deal-42", "Contract ACME-2026-001.pdf",
        "%PDF-1.4 contract /sig1/ /date1/".getBytes(StandardCharsets.US_ASCII), "Ada Client", "ada@acme.example",
        "Please sign: ACME-2026-001");
  }

  private static KeyPair rsaKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
