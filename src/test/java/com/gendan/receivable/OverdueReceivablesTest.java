package com.gendan.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.statement.StatementExamples;
import com.gendan.statement.StatementService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a customer owed past due at the end of a day, as it stood that day: the payments received by
 * then count, later ones do not; a receivable due that very day is not yet overdue; one invoiced
 * after that day is not there yet; one paid in full is gone.
 */
class OverdueReceivablesTest extends ProcessFlowTest {

  private static final LocalDate NOVEMBER_END = LocalDate.parse("2026-11-30");

  @Autowired OverdueReceivables overdue;
  @Autowired JdbcClient jdbcClient;
  @Autowired StatementService statementService;
  @Autowired TransactionTemplate transactions;

  private long customer;
  private LocalDate statementDay = LocalDate.parse("2026-06-25");

  @Test
  void countsWhatWasOpenPastItsDueDateAtTheEndOfTheDay() {
    customer =
        ReceivableFixtures.customer(web, engine, DemoUser.ASSISTANT_CHEN, DemoUser.REP_ZHAO).id();
    long partlyPaid = receivable("2026-11-10", "2026-10-28T10:00:00+08:00");
    payment(partlyPaid, "300", "2026-11-20");
    payment(partlyPaid, "200", "2026-12-02");
    receivable("2026-11-30", "2026-10-28T10:00:00+08:00");
    long paid = receivable("2026-11-01", "2026-10-02T10:00:00+08:00");
    payment(paid, "1000", "2026-11-25");
    // invoiced on 2 December, after the day asked about
    receivable("2026-11-15", "2026-12-02T10:00:00+08:00");

    assertThat(overdue.of(List.of(customer), NOVEMBER_END))
        .containsExactly(new OverdueReceivables.Overdue("CNY", 1, new BigDecimal("700.00")));
    assertThat(overdue.of(List.of(customer), LocalDate.parse("2026-12-05")))
        .containsExactly(new OverdueReceivables.Overdue("CNY", 3, new BigDecimal("2500.00")));
    // on 10 November only the one due on the 1st was late, not yet paid; the first day of November
    // nothing was
    assertThat(overdue.of(List.of(customer), LocalDate.parse("2026-11-10")))
        .containsExactly(new OverdueReceivables.Overdue("CNY", 1, new BigDecimal("1000.00")));
    assertThat(overdue.of(List.of(customer), LocalDate.parse("2026-11-01"))).isEmpty();
    assertThat(overdue.of(List.of(), NOVEMBER_END)).isEmpty();
  }

  /** A receivable of 1000 CNY, due and invoiced as given (from a month's statement of its own). */
  private long receivable(String dueOn, String createdAt) {
    statementDay = statementDay.plusMonths(1);
    long invoice =
        StatementExamples.invoiced(
                jdbcClient, statementService, transactions, customer, statementDay)
            .invoiceId();
    jdbc.update(
        "UPDATE receivable SET amount = 1000, outstanding = 1000, due_on = ?, created_at = ?"
            + " WHERE invoice_id = ?",
        LocalDate.parse(dueOn),
        OffsetDateTime.parse(createdAt),
        invoice);
    return jdbc.queryForObject(
        "SELECT id FROM receivable WHERE invoice_id = ?", Long.class, invoice);
  }

  private void payment(long receivable, String amount, String paidOn) {
    jdbc.update(
        "INSERT INTO payment (receivable_id, amount, paid_on, reference, recorded_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, 'wufang', CURRENT_TIMESTAMP)",
        receivable,
        new BigDecimal(amount),
        LocalDate.parse(paidOn),
        "YH" + System.nanoTime());
  }
}
