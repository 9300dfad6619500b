package com.businessbuilder.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The client documents of each deal ({@code bb_document}): every version is kept, numbered 1, 2, ... per deal and
 * kind. Processes keep the id, never the bytes; {@code GET /api/documents/{id}} serves the file.
 */
@Service
public class Documents {

  private static final String COLUMNS = "id, deal_id, kind, version, file_name, size_bytes, created_at";
  private static final int ATTEMPTS = 3;

  private final JdbcClient jdbc;

  Documents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the next version of the deal's document of this kind. */
  public StoredDocument store(String dealId, DocumentKind kind, String fileName, byte[] content) {
    Objects.requireNonNull(dealId, "dealId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
    for (int attempt = 1; ; attempt++) {
      int version = jdbc.sql("select coalesce(max(version), 0) + 1 from bb_document where deal_id = ? and kind = ?")
          .params(dealId, kind.code()).query(Integer.class).single();
      StoredDocument document = new StoredDocument(UUID.randomUUID().toString(), dealId, kind, version, fileName,
          content.length, Instant.now().truncatedTo(ChronoUnit.MICROS));
      try {
        jdbc.sql("insert into bb_document (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?)")
            .params(document.id(), dealId, kind.code(), version, fileName, content.length,
                Timestamp.from(document.createdAt()), content)
            .update();
        return document;
      } catch (DuplicateKeyException concurrent) {
        // another version was stored at the same moment; take the next number
        if (attempt == ATTEMPTS) {
          throw concurrent;
        }
      }
    }
  }

  /** The newest version of the deal's document of this kind. */
  public Optional<StoredDocument> latest(String dealId, DocumentKind kind) {
    return jdbc.sql("select " + COLUMNS + " from bb_document where deal_id = ? and kind = ? "
            + "order by version desc limit 1")
        .params(dealId, kind.code()).query(Documents::document).optional();
  }

  /** Every version of every document of the deal, by kind and version. */
  public List<StoredDocument> ofDeal(String dealId) {
    return jdbc.sql("select " + COLUMNS + " from bb_document where deal_id = ? order by kind, version")
        .param(dealId).query(Documents::document).list();
  }

  /** Where a signed-in person opens the document in the browser (relative to the application's root). */
  public static String page(String id) {
    return DocumentPage.PATH + id;
  }

  /** The document with its bytes. */
  public Optional<DocumentFile> get(String id) {
    return jdbc.sql("select " + COLUMNS + ", content from bb_document where id = ?").param(id)
        .query((rs, row) -> new DocumentFile(document(rs, row), rs.getBytes("content")))
        .optional();
  }

  private static StoredDocument document(ResultSet rs, int row) throws SQLException {
    return new StoredDocument(rs.getString("id"), rs.getString("deal_id"), DocumentKind.of(rs.getString("kind")),
        rs.getInt("version"), rs.getString("file_name"), rs.getInt("size_bytes"),
        rs.getTimestamp("created_at").toInstant());
  }
}
