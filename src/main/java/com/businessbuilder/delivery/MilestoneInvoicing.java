package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.OPEN_MILESTONES;
import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.PROJECT_ID;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Invoice the accepted milestones": every milestone the client accepted is invoiced through the Accounting port
 * (the milestone's share of the price, and a line per approved change billed with it), under a key per milestone,
 * so a retried task, or a second acceptance, raises nothing twice. Tells the model how many milestones are still
 * to invoice: the project is delivered at none.
 */
@Component
class MilestoneInvoicing implements TaskHandler {

  private final ProjectRepository projects;
  private final ObjectProvider<Accounting> accounting;
  private final DeliveryProperties properties;

  MilestoneInvoicing(ProjectRepository projects, ObjectProvider<Accounting> accounting,
      DeliveryProperties properties) {
    this.projects = projects;
    this.accounting = accounting;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return ServiceDeliveryProcess.Topics.MILESTONE_INVOICE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Project project = projects.require(item.require(PROJECT_ID));
    for (Milestone milestone : projects.milestones(project.id())) {
      if (Milestone.ACCEPTED.equals(milestone.status())) {
        InvoiceRef invoice = invoice(project, milestone);
        projects.milestoneInvoiced(milestone.id(), invoice.number());
      }
    }
    long open = projects.milestones(project.id()).stream().filter(m -> !Milestone.INVOICED.equals(m.status()))
        .count();
    return Map.of(OPEN_MILESTONES, open);
  }

  private InvoiceRef invoice(Project project, Milestone milestone) {
    Accounting books = accounting.getObject();
    String customerKey = "customer-" + (project.dealId() == null ? project.id() : project.dealId());
    CustomerRef customer = books.ensureCustomer(new CustomerDetails(customerKey, project.company(),
        project.contactEmail()));
    List<InvoiceLine> lines = new ArrayList<>();
    lines.add(new InvoiceLine("Milestone " + milestone.seq() + " (" + milestone.name() + ") of the project for "
        + project.company(), milestone.amount()));
    if (milestone.changeAmount().compareTo(BigDecimal.ZERO) > 0) {
      lines.add(new InvoiceLine("Changes you asked for, billed with milestone " + milestone.seq(),
          milestone.changeAmount()));
    }
    return books.createInvoice(new InvoiceRequest("invoice-" + project.id() + "-milestone-" + milestone.seq(),
        customer.customerId(), project.id(), lines, LocalDate.now().plusDays(properties.paymentTermDays()),
        project.currency()));
  }
}
