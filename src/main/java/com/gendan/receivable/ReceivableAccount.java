package com.gendan.receivable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice's receivable as the API shows it: what was invoiced, what is still open, every payment
 * registered against it and every chase of the collection ladder, oldest first.
 */
public record ReceivableAccount(
    long invoiceId,
    String currency,
    BigDecimal amount,
    BigDecimal outstanding,
    LocalDate dueOn,
    ReceivableStatus status,
    List<Payment> payments,
    List<ReceivableChase> chases) {

  public ReceivableAccount {
    payments = List.copyOf(payments);
    chases = List.copyOf(chases);
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
