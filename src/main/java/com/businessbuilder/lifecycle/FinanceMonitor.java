package com.businessbuilder.lifecycle;

import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.quality.Brief;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finance: invoices past their due date without a payment (from the ledger), and what the initiative has used of its
 * budget (the plan's cost and what its agents spent). Overdue invoices and a budget used beyond 90 % are findings.
 */
@Component
class FinanceMonitor extends DepartmentMonitor {

  static final BigDecimal BUDGET_WARNING_PERCENT = BigDecimal.valueOf(90);

  private final JdbcClient jdbc;
  private final PipelineBudget budget;

  FinanceMonitor(MonitorReports reports, JdbcClient jdbc,
      PipelineBudget budget) {
    super(reports);
    this.jdbc = jdbc;
    this.budget = budget;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.MONITOR_FINANCE;
  }

  @Override
  String department() {
    return "finance";
  }

  @Override
  String roleConcerned() {
    return "finance";
  }

  @Override
  Reading read(Initiative initiative) {
    var overdue = jdbc.sql("select count(*) as n, coalesce(sum(total), 0) as amount from bb_ledger_invoice i "
            + "where due_date < ? and not exists (select 1 from bb_ledger_payment p where p.invoice_id = i.id)")
        .param(Date.valueOf(LocalDate.now()))
        .query((rs, row) -> new Object[] {rs.getLong("n"), rs.getBigDecimal("amount")}).single();
    long overdueCount = (Long) overdue[0];
    BigDecimal overdueAmount = (BigDecimal) overdue[1];
    BigDecimal agentSpend = budget.spent(initiative.id()).cost();
    BigDecimal planned = initiative.costEstimate() == null ? BigDecimal.ZERO : initiative.costEstimate();
    BigDecimal used = planned.add(agentSpend).multiply(BigDecimal.valueOf(100))
        .divide(initiative.budget(), 1, RoundingMode.HALF_UP);
    List<Issue> issues = new ArrayList<>();
    if (overdueCount > 0) {
      issues.add(new Issue("overdue-invoices", count(overdueCount, "invoice", "invoices") + " worth "
          + overdueAmount.toPlainString() + " past the due date without a payment: remind the clients and fix how "
          + "we collect"));
    }
    if (used.compareTo(BUDGET_WARNING_PERCENT) > 0) {
      issues.add(new Issue("budget", "The initiative has used " + used.toPlainString() + " % of its budget of "
          + Brief.money(initiative.currency(), initiative.budget()) + ": cut costs or ask for more"));
    }
    return new Reading(List.of(new Figure("overdue-invoices", number(overdueCount), "count"),
        new Figure("overdue-amount", overdueAmount, "money"), new Figure("agent-spend", agentSpend, "money"),
        new Figure("budget-used", used, "percent")), issues);
  }
}
