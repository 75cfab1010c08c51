package com.gendan.credit;

import com.gendan.customer.CreditTerms;
import com.gendan.data.ProcessDocument;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change of a customer's credit limit or payment terms asked by someone other than finance: the
 * terms as they were and as asked, who asked and when (created by/at), who decided and when.
 */
@Entity
@Table(name = "credit_terms_request")
class CreditTermsRequest extends ProcessDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String requestNumber;
  private long customerId;
  private BigDecimal oldCreditLimit;
  private BigDecimal newCreditLimit;
  private String oldCurrency;
  private String newCurrency;
  private int oldPaymentTermsDays;
  private int newPaymentTermsDays;

  @Enumerated(EnumType.STRING)
  private TermsStatus status;

  private String decidedBy;
  private Instant decidedAt;
  private String decisionNote;

  protected CreditTermsRequest() {}

  CreditTermsRequest(
      String requestNumber,
      long customerId,
      CreditTerms current,
      CreditTerms asked,
      String requestedBy,
      Instant now) {
    this.requestNumber = requestNumber;
    this.customerId = customerId;
    this.oldCreditLimit = current.creditLimit();
    this.newCreditLimit = asked.creditLimit();
    this.oldCurrency = current.creditLimitCurrency();
    this.newCurrency = asked.creditLimitCurrency();
    this.oldPaymentTermsDays = current.paymentTermsDays();
    this.newPaymentTermsDays = asked.paymentTermsDays();
    this.status = TermsStatus.REQUESTED;
    recordCreation(requestedBy, now);
    recordUpdate(requestedBy, now);
  }

  void decide(CreditDecision decision, String note, String userId, Instant now) {
    if (status != TermsStatus.REQUESTED) {
      throw new IllegalStateException("credit-terms request " + requestNumber + " is " + status);
    }
    this.status = decision == CreditDecision.APPROVE ? TermsStatus.APPROVED : TermsStatus.REFUSED;
    this.decidedBy = userId;
    this.decidedAt = now;
    this.decisionNote = note;
    recordUpdate(userId, now);
  }

  CreditTerms asked() {
    return new CreditTerms(newCreditLimit, newCurrency, newPaymentTermsDays);
  }

  Long id() {
    return id;
  }

  String requestNumber() {
    return requestNumber;
  }

  long customerId() {
    return customerId;
  }

  BigDecimal oldCreditLimit() {
    return oldCreditLimit;
  }

  BigDecimal newCreditLimit() {
    return newCreditLimit;
  }

  String oldCurrency() {
    return oldCurrency;
  }

  String newCurrency() {
    return newCurrency;
  }

  int oldPaymentTermsDays() {
    return oldPaymentTermsDays;
  }

  int newPaymentTermsDays() {
    return newPaymentTermsDays;
  }

  TermsStatus status() {
    return status;
  }

  String decidedBy() {
    return decidedBy;
  }

  Instant decidedAt() {
    return decidedAt;
  }

  String decisionNote() {
    return decisionNote;
  }

  /** Where a credit-terms change request stands. */
  enum TermsStatus implements com.gendan.data.Labeled {
    REQUESTED("待财务审批"),
    APPROVED("已批准并生效"),
    REFUSED("未批准");

    private final String label;

    TermsStatus(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }
}
