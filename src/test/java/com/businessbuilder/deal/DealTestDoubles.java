package com.businessbuilder.deal;

import com.businessbuilder.accounting.Accounting;
import com.businessbuilder.accounting.CustomerDetails;
import com.businessbuilder.accounting.CustomerRef;
import com.businessbuilder.accounting.InvoiceLine;
import com.businessbuilder.accounting.InvoiceRef;
import com.businessbuilder.accounting.InvoiceRequest;
import com.businessbuilder.documents.PdfDocuments;
import com.businessbuilder.mail.Mailer;
import com.businessbuilder.mail.OutgoingMail;
import com.businessbuilder.mail.SentMail;
import com.businessbuilder.signing.ESignature;
import com.businessbuilder.signing.Envelope;
import com.businessbuilder.signing.EnvelopeStatus;
import com.businessbuilder.signing.SignatureRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** In-memory ports for deal tests: they record what was sent and honour idempotency keys like the adapters must. */
@TestConfiguration(proxyBeanMethods = false)
class DealTestDoubles {

  @Bean
  @Primary
  RecordingMailer recordingMailer() {
    return new RecordingMailer();
  }

  @Bean
  @Primary
  FakeDocuments fakeDocuments() {
    return new FakeDocuments();
  }

  @Bean
  @Primary
  FakeSignature fakeSignature() {
    return new FakeSignature();
  }

  @Bean
  @Primary
  FakeAccounting fakeAccounting() {
    return new FakeAccounting();
  }

  static class RecordingMailer implements Mailer {
    final Map<String, OutgoingMail> sent = new ConcurrentHashMap<>();

    @Override
    public SentMail send(OutgoingMail mail) {
      sent.putIfAbsent(mail.idempotencyKey(), mail);
      return new SentMail("mail-" + mail.idempotencyKey(), mail.idempotencyKey(), "test", Instant.now());
    }

    List<OutgoingMail> to(String dealId) {
      return sent.values().stream().filter(m -> dealId.equals(m.dealId())).toList();
    }
  }

  static class FakeDocuments implements PdfDocuments {
    @Override
    public byte[] render(String template, Map<String, Object> model) {
      return ("%PDF " + template + " " + new TreeMap<>(model)).getBytes(StandardCharsets.UTF_8);
    }
  }

  static class FakeSignature implements ESignature {
    final Map<String, SignatureRequest> requests = new ConcurrentHashMap<>();
    /** like the offline adapter: the contract is signed on paper and the CEO records it */
    volatile boolean onPaper;

    @Override
    public String id() {
      return "test";
    }

    @Override
    public Envelope send(SignatureRequest request) {
      requests.putIfAbsent(request.idempotencyKey(), request);
      return new Envelope("env-" + request.idempotencyKey(), id(),
          onPaper ? EnvelopeStatus.AWAITING_COUNTERSIGNATURE : EnvelopeStatus.SENT);
    }

    @Override
    public java.util.Optional<EnvelopeStatus> status(String envelopeId) {
      return java.util.Optional.of(EnvelopeStatus.SENT);
    }

    /** the PDFs the CEO recorded, by envelope id, as the offline adapter keeps them */
    final Map<String, byte[]> countersigned = new ConcurrentHashMap<>();

    @Override
    public void countersigned(String envelopeId, String fileName, byte[] pdf, String recordedBy) {
      if (countersigned.putIfAbsent(envelopeId, pdf) != null) {
        throw new IllegalStateException("Envelope " + envelopeId + " was countersigned twice");
      }
    }
  }

  static class FakeAccounting implements Accounting {
    final Map<String, InvoiceRequest> invoices = new ConcurrentHashMap<>();

    @Override
    public String id() {
      return "test";
    }

    @Override
    public CustomerRef ensureCustomer(CustomerDetails customer) {
      return new CustomerRef("cust-" + customer.idempotencyKey(), customer.companyName(), id());
    }

    @Override
    public InvoiceRef createInvoice(InvoiceRequest invoice) {
      invoices.putIfAbsent(invoice.idempotencyKey(), invoice);
      BigDecimal total = invoice.lines().stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      return new InvoiceRef("inv-" + invoice.idempotencyKey(), "INV-" + invoice.dealId().substring(0, 8), total,
          invoice.currency(), id());
    }
  }
}
