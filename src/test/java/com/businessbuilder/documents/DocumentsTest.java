package com.businessbuilder.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.testing.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentsTest {

  @Autowired Documents documents;
  @Autowired PdfDocuments pdfs;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  @Test
  void everyStoredVersionIsKeptAndTheLatestIsFound() {
    String dealId = "D-" + UUID.randomUUID();
    byte[] first = pdfs.render(PdfDocuments.PROPOSAL, SampleDocuments.proposal("Initech GmbH"));
    byte[] second = pdfs.render(PdfDocuments.PROPOSAL, SampleDocuments.proposal("Initech AG"));

    StoredDocument v1 = documents.store(dealId, DocumentKind.PROPOSAL, "proposal-v1.pdf", first);
    StoredDocument v2 = documents.store(dealId, DocumentKind.PROPOSAL, "proposal-v2.pdf", second);
    StoredDocument contract = documents.store(dealId, DocumentKind.CONTRACT, "contract.pdf", new byte[] {1});

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(contract.version()).as("numbered per kind").isEqualTo(1);
    assertThat(documents.latest(dealId, DocumentKind.PROPOSAL)).contains(v2);
    assertThat(documents.latest(dealId, DocumentKind.COUNTERSIGNED)).isEmpty();
    assertThat(documents.latest("D-" + UUID.randomUUID(), DocumentKind.PROPOSAL)).isEmpty();
    DocumentFile file = documents.get(v1.id()).orElseThrow();
    assertThat(file.document()).isEqualTo(v1);
    assertThat(file.content()).isEqualTo(first).hasSize(v1.sizeBytes());
    assertThat(documents.ofDeal(dealId)).containsExactly(contract, v1, v2);
  }

  @Test
  void theApiServesThePdf() {
    byte[] pdf = pdfs.render(PdfDocuments.CONTRACT, SampleDocuments.contract("Initech GmbH"));
    StoredDocument stored = documents.store("D-" + UUID.randomUUID(), DocumentKind.CONTRACT,
        "contract-D-2026-0042.pdf", pdf);

    ResponseEntity<byte[]> response = http.exchange("/api/documents/" + stored.id(), HttpMethod.GET,
        new HttpEntity<>(signedIn()), byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(response.getHeaders().getContentDisposition().getType()).isEqualTo("inline");
    assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("contract-D-2026-0042.pdf");
    assertThat(response.getBody()).isEqualTo(pdf);
  }

  @Test
  void theCeoOpensTheDocumentLinkedOnAFormAndNobodyElse() {
    byte[] pdf = pdfs.render(PdfDocuments.CONTRACT, SampleDocuments.contract("Initech GmbH"));
    StoredDocument stored = documents.store("D-" + UUID.randomUUID(), DocumentKind.CONTRACT, "contract.pdf", pdf);
    WebClient ceo = new WebClient(port);
    ceo.signIn("ceo", "ceo");

    HttpResponse<String> opened = ceo.get(Documents.page(stored.id()));

    assertThat(Documents.page(stored.id())).isEqualTo("/documents/" + stored.id());
    assertThat(opened.statusCode()).as("the browser's session, no API credentials").isEqualTo(200);
    assertThat(opened.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new WebClient(port).get(Documents.page(stored.id())).headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    WebClient operator = new WebClient(port);
    operator.signIn("operator", "operator");
    assertThat(operator.get(Documents.page(stored.id())).statusCode()).as("operators run the system, not the deals")
        .isEqualTo(403);
  }

  @Test
  void theApiListsADealsDocuments() throws Exception {
    String dealId = "D-" + UUID.randomUUID();
    StoredDocument stored = documents.store(dealId, DocumentKind.COUNTERSIGNED, "signed.pdf", new byte[] {1, 2});

    ResponseEntity<String> response = http.exchange("/api/documents?dealId=" + dealId, HttpMethod.GET,
        new HttpEntity<>(signedIn()), String.class);

    JsonNode listed = json.readTree(response.getBody());
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("id").asText()).isEqualTo(stored.id());
    assertThat(listed.get(0).get("kind").asText()).isEqualTo("COUNTERSIGNED");
    assertThat(listed.get(0).has("content")).isFalse();
  }

  @Test
  void anUnknownDocumentIsA404Problem() throws Exception {
    ResponseEntity<String> missing = http.exchange("/api/documents/" + UUID.randomUUID(), HttpMethod.GET,
        new HttpEntity<>(signedIn()), String.class);

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(missing.getBody()).get("detail").asText()).startsWith("No document with id");
  }

  @Test
  void documentsNeedCredentials() {
    assertThat(http.getForEntity("/api/documents/" + UUID.randomUUID(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void openApiDescribesTheDocumentAndOutboxApis() throws Exception {
    JsonNode paths = json.readTree(http.getForEntity("/v3/api-docs", String.class).getBody()).get("paths");

    assertThat(paths.has("/api/documents/{id}")).isTrue();
    assertThat(paths.has("/api/outbox")).isTrue();
    assertThat(paths.has("/api/outbox/{id}/resolution")).isTrue();
  }

  private static HttpHeaders signedIn() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("api", "api");
    return headers;
  }
}
