package com.businessbuilder.accounting;

import com.intuit.ipp.core.Context;
import com.intuit.ipp.core.IEntity;
import com.intuit.ipp.core.ServiceType;
import com.intuit.ipp.data.Customer;
import com.intuit.ipp.data.EmailAddress;
import com.intuit.ipp.data.Invoice;
import com.intuit.ipp.data.Line;
import com.intuit.ipp.data.LineDetailTypeEnum;
import com.intuit.ipp.data.LinkedTxn;
import com.intuit.ipp.data.Payment;
import com.intuit.ipp.data.ReferenceType;
import com.intuit.ipp.data.SalesItemLineDetail;
import com.intuit.ipp.exception.FMSException;
import com.intuit.ipp.interceptors.HTTPURLConnectionInterceptor;
import com.intuit.ipp.security.IAuthorizer;
import com.intuit.ipp.services.DataService;
import com.intuit.ipp.util.Config;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.http.client.methods.HttpRequestBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * QuickBooks Online through Intuit's {@code ipp-v3-java-devkit}.
 *
 * <p>Nothing twice: every create carries a {@code requestid} derived from the caller's idempotency key, so QuickBooks
 * answers a repeated request with the entity the first one created. The devkit never retries an HTTP error; this
 * adapter repeats a 5xx, a 429 or a request without an answer {@code bb.accounting.max-retries} times with the same
 * request id, and a 401 once after refreshing the access token. A created invoice is recorded in the ledger, so a
 * retried task returns it without calling QuickBooks again.
 *
 * <p>The devkit keeps its configuration per thread ({@link Config} is a thread local) and its default transport
 * (Apache HTTP client) drops a non-default port; every call therefore sets the configuration in the calling thread
 * and selects the devkit's {@code HttpURLConnection} transport.
 */
class QuickBooksAccounting implements Accounting {

  static final String ID = "quickbooks";
  static final String MINOR_VERSION = "75";

  private static final Logger log = LoggerFactory.getLogger(QuickBooksAccounting.class);

  private final AccountingProperties properties;
  private final LedgerRepository ledger;
  private final QuickBooksTokens tokens;
  private final Duration backoff;
  private final Clock clock;

  QuickBooksAccounting(AccountingProperties properties, LedgerRepository ledger, QuickBooksTokenStore tokenStore) {
    this(properties, ledger, new QuickBooksTokens(properties, tokenStore, Clock.systemUTC()), Duration.ofMillis(500),
        Clock.systemUTC());
  }

  QuickBooksAccounting(AccountingProperties properties, LedgerRepository ledger, QuickBooksTokens tokens,
      Duration backoff, Clock clock) {
    this.properties = properties;
    this.ledger = ledger;
    this.tokens = tokens;
    this.backoff = backoff;
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CustomerRef ensureCustomer(CustomerDetails customer) {
    requireKey(customer.idempotencyKey());
    Optional<CustomerRef> known = ledger.customerByKey(ID, customer.idempotencyKey());
    if (known.isPresent()) {
      return known.get();
    }
    String name = displayName(customer.companyName());
    String query = "select * from Customer where DisplayName = '" + escape(name) + "'";
    Customer found = call("find customer", null, service -> first(service.executeQuery(query).getEntities()));
    if (found == null) {
      Customer created = new Customer();
      created.setDisplayName(name);
      created.setCompanyName(name);
      if (customer.contactEmail() != null && !customer.contactEmail().isBlank()) {
        EmailAddress email = new EmailAddress();
        email.setAddress(customer.contactEmail());
        created.setPrimaryEmailAddr(email);
      }
      found = call("create customer", requestId(customer.idempotencyKey()), service -> service.add(created));
    }
    CustomerRef ref = new CustomerRef(found.getId(), found.getDisplayName(), ID);
    try {
      ledger.insertCustomer(ref, customer);
    } catch (DuplicateKeyException alreadyRecorded) {
      return ledger.customerByKey(ID, customer.idempotencyKey()).orElse(ref);
    }
    return ref;
  }

  @Override
  public InvoiceRef createInvoice(InvoiceRequest request) {
    requireKey(request.idempotencyKey());
    if (request.lines().isEmpty()) {
      throw new IllegalArgumentException("An invoice needs at least one line");
    }
    var known = ledger.invoiceByKey(ID, request.idempotencyKey());
    if (known.isPresent()) {
      return known.get().ref();
    }
    String requestId = requestId(request.idempotencyKey());
    Invoice invoice = invoice(request);
    Invoice created = call("create invoice", requestId, service -> service.add(invoice));
    BigDecimal total = money(created.getTotalAmt() != null ? created.getTotalAmt()
        : request.lines().stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    String currency = created.getCurrencyRef() != null && created.getCurrencyRef().getValue() != null
        ? created.getCurrencyRef().getValue() : request.currency();
    String number = created.getDocNumber() != null ? created.getDocNumber() : created.getId();
    var row = new LedgerRepository.LedgerInvoice(ID, created.getId(), request.idempotencyKey(), number,
        request.customerId(), request.dealId(), total, currency, request.dueDate(), requestId, clock.instant());
    try {
      ledger.insertInvoice(row, request.lines());
    } catch (DuplicateKeyException alreadyRecorded) {
      return ledger.invoiceByKey(ID, request.idempotencyKey()).map(LedgerRepository.LedgerInvoice::ref)
          .orElse(row.ref());
    }
    log.info("QuickBooks invoice {} ({}) created for {}", number, created.getId(), request.idempotencyKey());
    return row.ref();
  }

  /**
   * What QuickBooks knows of a payment: one {@link PaymentReceived} per invoice it pays, or one without an invoice
   * when it pays none (an unapplied payment).
   */
  List<PaymentReceived> payment(String paymentId) {
    Payment query = new Payment();
    query.setId(paymentId);
    Payment payment = call("read payment", null, service -> service.findById(query));
    List<PaymentReceived> received = new ArrayList<>();
    if (payment != null && payment.getLine() != null) {
      for (Line line : payment.getLine()) {
        for (LinkedTxn linked : line.getLinkedTxn() == null ? List.<LinkedTxn>of() : line.getLinkedTxn()) {
          if ("Invoice".equalsIgnoreCase(linked.getTxnType())) {
            received.add(new PaymentReceived(linked.getTxnId(), money(line.getAmount()), ID));
          }
        }
      }
    }
    if (received.isEmpty()) {
      received.add(new PaymentReceived(null, payment == null ? null : money(payment.getTotalAmt()), ID));
    }
    return received;
  }

  private Invoice invoice(InvoiceRequest request) {
    Invoice invoice = new Invoice();
    invoice.setCustomerRef(reference(request.customerId()));
    for (InvoiceLine line : request.lines()) {
      SalesItemLineDetail detail = new SalesItemLineDetail();
      detail.setItemRef(reference(properties.itemId()));
      Line item = new Line();
      item.setDetailType(LineDetailTypeEnum.SALES_ITEM_LINE_DETAIL);
      item.setDescription(line.description());
      item.setAmount(line.amount());
      item.setSalesItemLineDetail(detail);
      invoice.getLine().add(item);
    }
    if (request.dueDate() != null) {
      // the devkit writes the date in the JVM's time zone; midnight there keeps the day
      invoice.setDueDate(Date.from(request.dueDate().atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }
    if (request.currency() != null) {
      invoice.setCurrencyRef(reference(request.currency()));
    }
    if (request.dealId() != null) {
      invoice.setPrivateNote("Business Builder deal " + request.dealId());
    }
    return invoice;
  }

  /** One devkit call: configured in this thread, retried on transient failures with the same request id. */
  private <T> T call(String what, String requestId, DevkitCall<T> call) {
    boolean refreshed = false;
    int retries = 0;
    while (true) {
      String token = tokens.accessToken();
      ConnectionAuthorizer authorizer = new ConnectionAuthorizer(token);
      Exception failure;
      try {
        configureThread();
        Context context = new Context(authorizer, ServiceType.QBO, properties.realmId());
        context.setMinorVersion(MINOR_VERSION);
        if (requestId != null) {
          context.setRequestID(requestId);
        }
        return call.run(new DataService(context));
      } catch (FMSException | RuntimeException e) {
        failure = e;
      }
      Integer status = answered(failure) ? authorizer.status() : null;
      if (status != null && status == 401 && !refreshed) {
        tokens.refused(token);
        refreshed = true;
        continue;
      }
      boolean transientFailure = status == null || status >= 500 || status == 429;
      if (transientFailure && retries < properties.maxRetries()) {
        retries++;
        log.warn("QuickBooks {} failed ({}), retry {} of {}{}", what, status == null ? "no answer" : status, retries,
            properties.maxRetries(), requestId == null ? "" : " with request id " + requestId);
        pause(retries);
        continue;
      }
      throw new AccountingCallFailed("QuickBooks " + what + " failed: "
          + (status == null ? "no answer" : "HTTP " + status) + " " + describe(failure)
          + (transientFailure && properties.maxRetries() > 0
              ? ", also after " + retries + " retries (bb.accounting.max-retries)" : ""),
          transientFailure, status, null);
    }
  }

  /** The devkit's settings live in a thread local: set them in the thread that calls, every time. */
  private void configureThread() {
    Config.setProperty(Config.BASE_URL_QBO, properties.baseUrl() + "/v3/company");
    Config.setProperty(Config.HTTP_TRANSPORT, HTTPURLConnectionInterceptor.HTTP_URL_CONNECTION);
    Config.setProperty(Config.SERIALIZATION_REQUEST_FORMAT, "json");
    Config.setProperty(Config.SERIALIZATION_RESPONSE_FORMAT, "json");
    Config.setProperty(Config.COMPRESSION_REQUEST_FORMAT, "");
    Config.setProperty(Config.COMPRESSION_RESPONSE_FORMAT, "");
    // the HttpURLConnection transport reads these two the other way round; both get the same value
    String millis = Long.toString(properties.timeout().toMillis());
    Config.setProperty(Config.TIMEOUT_CONNECTION, millis);
    Config.setProperty(Config.TIMEOUT_REQUEST, millis);
  }

  private void pause(int retry) {
    try {
      Thread.sleep(backoff.multipliedBy(1L << Math.min(retry - 1, 4)).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AccountingCallFailed("Interrupted while waiting to retry QuickBooks", true, null, e);
    }
  }

  /** True when QuickBooks answered at all: no I/O failure (timeout, refused connection) anywhere in the chain. */
  private static boolean answered(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Exception failure) {
    if (failure instanceof FMSException fms && fms.getErrorList() != null && !fms.getErrorList().isEmpty()) {
      var error = fms.getErrorList().get(0);
      return "(" + error.getCode() + " " + error.getMessage()
          + (error.getDetail() == null ? "" : ": " + error.getDetail()) + ")";
    }
    if (failure instanceof FMSException && failure.getMessage() != null) {
      String message = failure.getMessage();
      return "(" + (message.length() > 200 ? message.substring(0, 200) + "..." : message) + ")";
    }
    return "(" + failure.getClass().getSimpleName() + ")";
  }

  /** The same key gives the same id; QuickBooks accepts at most 50 characters. */
  static String requestId(String idempotencyKey) {
    return "bb-" + sha256Hex(idempotencyKey).substring(0, 32);
  }

  static String sha256Hex(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** QuickBooks names may not contain a colon, a tab or a line break, and are at most 500 characters. */
  static String displayName(String companyName) {
    if (companyName == null || companyName.isBlank()) {
      throw new IllegalArgumentException("A customer needs a company name");
    }
    String name = companyName.strip().replaceAll("[:\\t\\r\\n]+", " ");
    return name.length() > 500 ? name.substring(0, 500) : name;
  }

  /** Amounts as the ledger keeps them: at least two decimals (QuickBooks' JSON drops trailing zeros). */
  static BigDecimal money(BigDecimal amount) {
    return amount == null || amount.scale() >= 2 ? amount : amount.setScale(2);
  }

  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("'", "\\'");
  }

  private static void requireKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("An idempotency key is required");
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends IEntity> T first(List<? extends IEntity> entities) {
    return entities == null || entities.isEmpty() ? null : (T) entities.get(0);
  }

  private static ReferenceType reference(String value) {
    ReferenceType reference = new ReferenceType();
    reference.setValue(value);
    return reference;
  }

  @FunctionalInterface
  private interface DevkitCall<T> {
    T run(DataService service) throws FMSException;
  }

  /**
   * Sets the bearer token and remembers the connection, so the HTTP status is known even where the devkit's
   * exception does not carry it (its {@code HttpURLConnection} transport loses the status line).
   */
  private static final class ConnectionAuthorizer implements IAuthorizer {

    private final String token;
    private HttpURLConnection connection;

    ConnectionAuthorizer(String token) {
      this.token = token;
    }

    @Override
    public void authorize(HttpRequestBase request) {
      request.setHeader("Authorization", "Bearer " + token);
    }

    @Override
    public void authorize(HttpURLConnection connection) {
      this.connection = connection;
      connection.setRequestProperty("Authorization", "Bearer " + token);
    }

    /** Only asked after an answer came: the status is then cached and no request is sent again. */
    Integer status() {
      if (connection == null) {
        return null;
      }
      try {
        int code = connection.getResponseCode();
        return code < 0 ? null : code;
      } catch (IOException e) {
        return null;
      }
    }
  }

}
