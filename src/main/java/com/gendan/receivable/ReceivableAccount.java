package com.gendan.receivable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice's receivable as the API shows it: what was invoiced, what is still open, and every
 * payment registered against it, oldest first.
 */
public record ReceivableAccount(
    long invoiceId,
    String currency,
    BigDecimal amount,
    BigDecimal outstanding,
    LocalDate dueOn,
    ReceivableStatus status,
    List<Payment> payments) {

  public ReceivableAccount {
    payments = List.copyOf(payments);
  }

  /** A registered payment. */
  public record Payment(
      long id,
      BigDecimal amount,
      LocalDate paidOn,
      String reference,
      String recordedBy,
      Instant recordedAt) {}
}
