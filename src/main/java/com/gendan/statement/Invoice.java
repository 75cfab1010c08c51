package com.gendan.statement;

import com.gendan.receivable.ReceivableAccount;
import com.gendan.receivable.ReceivableChase;
import com.gendan.receivable.ReceivableStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Finance's invoice (发票) of a confirmed statement: for exactly the statement's amount. */
@Entity
@Table(name = "invoice")
class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String invoiceNumber;
  private long statementId;
  private long customerId;
  private String currency;
  private BigDecimal amount;
  private LocalDate invoiceDate;
  private LocalDate dueOn;
  private String issuedBy;
  private Instant issuedAt;

  protected Invoice() {}

  Invoice(
      String invoiceNumber,
      long statementId,
      long customerId,
      String currency,
      BigDecimal amount,
      LocalDate invoiceDate,
      LocalDate dueOn,
      String issuedBy,
      Instant issuedAt) {
    this.invoiceNumber = invoiceNumber;
    this.statementId = statementId;
    this.customerId = customerId;
    this.currency = currency;
    this.amount = amount;
    this.invoiceDate = invoiceDate;
    this.dueOn = dueOn;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
  }

  Long id() {
    return id;
  }

  String invoiceNumber() {
    return invoiceNumber;
  }

  long statementId() {
    return statementId;
  }

  long customerId() {
    return customerId;
  }

  String currency() {
    return currency;
  }

  BigDecimal amount() {
    return amount;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  View toView(String statementNumber, String customerCode, ReceivableAccount receivable) {
    return new View(
        id,
        invoiceNumber,
        statementNumber,
        customerCode,
        currency,
        amount,
        invoiceDate,
        dueOn,
        issuedBy,
        issuedAt,
        receivable.outstanding(),
        receivable.status(),
        receivable.payments(),
        receivable.chases());
  }

  /**
   * An invoice as the API shows it, with its receivable: what is still open, the payments finance
   * registered and the contacts logged while collecting it (催收记录), oldest first.
   */
  public record View(
      long id,
      String invoiceNumber,
      String statementNumber,
      String customerCode,
      String currency,
      BigDecimal amount,
      LocalDate invoiceDate,
      LocalDate dueOn,
      String issuedBy,
      Instant issuedAt,
      BigDecimal outstanding,
      ReceivableStatus paymentStatus,
      List<ReceivableAccount.Payment> payments,
      List<ReceivableChase> chases) {}
}
