package com.gendan.statement;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.scope.CustomerScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which customers' statement day has come, run by the statement calendar's daily timer job (one
 * node of a cluster runs it). Each customer has its next statement date ({@code
 * statement_schedule}): first this month's statement day (or next month's, once it has passed),
 * then, each time a run starts, the statement day of the following month as the customer's
 * statement day is then — so a changed statement day takes effect next month. A date missed while
 * Gendan was down is caught up at the next run, cut at the day it was due. A run per customer and
 * month ({@code statement_run}, unique) starts one {@link MonthlyStatementProcess} instance with
 * the business key {@code C001:2026-12}.
 */
@Service
@Transactional
class StatementCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(StatementCalendar.class);

  private final CustomerDirectory customers;
  private final RuntimeService runtimeService;
  private final JdbcClient jdbc;
  private final Clock clock;

  StatementCalendar(
      CustomerDirectory customers, RuntimeService runtimeService, JdbcClient jdbc, Clock clock) {
    this.customers = customers;
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Starts the statement run of every customer whose next statement date has come.
   *
   * @return the business keys of the runs started
   */
  List<String> startDue() {
    LocalDate today = LocalDate.now(clock);
    List<String> started = new ArrayList<>();
    for (CustomerView customer : customers.all()) {
      LocalDate due = nextStatementOn(customer, today);
      if (due.isAfter(today)) {
        continue;
      }
      String month = YearMonth.from(due).toString();
      reschedule(customer, nextMonthsDay(customer, due));
      if (alreadyRun(customer.id(), month)) {
        continue;
      }
      jdbc.sql(
              "INSERT INTO statement_run (customer_id, statement_month, statement_on, started_at)"
                  + " VALUES (:customer, :month, :on, :now)")
          .params(
              Map.of(
                  "customer",
                  customer.id(),
                  "month",
                  month,
                  "on",
                  due,
                  "now",
                  Timestamp.from(clock.instant())))
          .update();
      String businessKey = MonthlyStatementProcess.businessKey(customer.code(), due);
      runtimeService
          .createProcessInstanceByKey(MonthlyStatementProcess.KEY)
          .businessKey(businessKey)
          .setVariable(CustomerScope.CUSTOMER_ID, customer.id())
          .setVariable(MonthlyStatementProcess.Variables.STATEMENT_DATE.name(), due.toString())
          .execute();
      LOG.info("Statement run {} started (statement day {})", businessKey, due);
      started.add(businessKey);
    }
    return started;
  }

  /** The customer's next statement date; a customer new to the calendar gets its first one. */
  private LocalDate nextStatementOn(CustomerView customer, LocalDate today) {
    List<LocalDate> scheduled =
        jdbc.sql("SELECT next_statement_on FROM statement_schedule WHERE customer_id = :customer")
            .param("customer", customer.id())
            .query(LocalDate.class)
            .list();
    if (!scheduled.isEmpty()) {
      return scheduled.get(0);
    }
    LocalDate thisMonth = today.withDayOfMonth(customer.statementDay());
    LocalDate first = thisMonth.isBefore(today) ? nextMonthsDay(customer, today) : thisMonth;
    jdbc.sql(
            "INSERT INTO statement_schedule (customer_id, next_statement_on)"
                + " VALUES (:customer, :on)")
        .params(Map.of("customer", customer.id(), "on", first))
        .update();
    return first;
  }

  private void reschedule(CustomerView customer, LocalDate next) {
    jdbc.sql("UPDATE statement_schedule SET next_statement_on = :on WHERE customer_id = :customer")
        .params(Map.of("customer", customer.id(), "on", next))
        .update();
  }

  private boolean alreadyRun(long customerId, String month) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM statement_run WHERE customer_id = :customer"
                    + " AND statement_month = :month")
            .params(Map.of("customer", customerId, "month", month))
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The customer's statement day (as it is now) in the month after {@code date}'s. */
  private static LocalDate nextMonthsDay(CustomerView customer, LocalDate date) {
    return YearMonth.from(date).plusMonths(1).atDay(customer.statementDay());
  }
}
