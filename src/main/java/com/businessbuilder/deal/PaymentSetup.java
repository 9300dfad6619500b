package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.accounting.Accounting;
import com.businessbuilder.accounting.CustomerDetails;
import com.businessbuilder.accounting.CustomerRef;
import com.businessbuilder.accounting.InvoiceLine;
import com.businessbuilder.accounting.InvoiceRef;
import com.businessbuilder.accounting.InvoiceRequest;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The signed deal in the accounting system: the customer, and the invoice for the deposit due on signing
 * ({@code bb.deal.deposit-percent} of the price); service delivery invoices the rest as the client accepts the
 * milestones.
 */
@Component
class PaymentSetup implements TaskHandler {

  private final DealRepository deals;
  private final ObjectProvider<Accounting> accounting;
  private final DealProperties properties;

  PaymentSetup(DealRepository deals, ObjectProvider<Accounting> accounting, DealProperties properties) {
    this.deals = deals;
    this.accounting = accounting;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.SET_UP_PAYMENT;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    Accounting books = accounting.getObject();
    CustomerRef customer = books.ensureCustomer(
        new CustomerDetails("customer-" + deal.id(), deal.data().company(), deal.data().contactEmail()));
    InvoiceRef invoice = books.createInvoice(new InvoiceRequest("invoice-" + deal.id(), customer.customerId(),
        deal.id(), List.of(new InvoiceLine("Deposit of " + properties.depositPercent() + "% on signing: project for "
            + deal.data().company() + " as agreed in the contract", properties.deposit(deal.price()))),
        LocalDate.now().plusDays(properties.paymentTermDays()), WonDealRecording.CURRENCY));
    deals.recordInvoice(deal.id(), invoice.number());
    return Map.of();
  }
}
