package com.gendan.credit;

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
import java.time.LocalDate;

/**
 * A credit-hold release request (货款异常特放申请单): one order of a customer on credit hold, the amount let
 * through in the order's currency, why, and the last day it is valid; finance's and then the
 * general manager's answer. Approved and not past its day, it lets exactly that order through the
 * review's credit findings.
 */
@Entity
@Table(name = "credit_hold_release")
class CreditHoldRelease extends ProcessDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String releaseNumber;
  private long customerId;
  private long orderId;
  private String currency;
  private BigDecimal amount;
  private String reason;
  private LocalDate validUntil;

  @Enumerated(EnumType.STRING)
  private ReleaseStatus status;

  private String financeBy;
  private Instant financeAt;
  private String financeNote;
  private String gmBy;
  private Instant gmAt;
  private String gmNote;

  protected CreditHoldRelease() {}

  CreditHoldRelease(
      String releaseNumber,
      long customerId,
      long orderId,
      String currency,
      BigDecimal amount,
      String reason,
      LocalDate validUntil,
      String requestedBy,
      Instant now) {
    this.releaseNumber = releaseNumber;
    this.customerId = customerId;
    this.orderId = orderId;
    this.currency = currency;
    this.amount = amount;
    this.reason = reason;
    this.validUntil = validUntil;
    this.status = ReleaseStatus.REQUESTED;
    recordCreation(requestedBy, now);
    recordUpdate(requestedBy, now);
  }

  /** Finance's answer: approved, it goes to the general manager; refused, it ends. */
  void financeDecided(CreditDecision decision, String note, String userId, Instant now) {
    requireStatus(ReleaseStatus.REQUESTED);
    this.financeBy = userId;
    this.financeAt = now;
    this.financeNote = note;
    this.status =
        decision == CreditDecision.APPROVE ? ReleaseStatus.FINANCE_APPROVED : ReleaseStatus.REFUSED;
    recordUpdate(userId, now);
  }

  /** The general manager's answer: approved, the release holds from now on. */
  void gmDecided(CreditDecision decision, String note, String userId, Instant now) {
    requireStatus(ReleaseStatus.FINANCE_APPROVED);
    this.gmBy = userId;
    this.gmAt = now;
    this.gmNote = note;
    this.status =
        decision == CreditDecision.APPROVE ? ReleaseStatus.APPROVED : ReleaseStatus.REFUSED;
    recordUpdate(userId, now);
  }

  private void requireStatus(ReleaseStatus expected) {
    if (status != expected) {
      throw new IllegalStateException(
          "release " + releaseNumber + " is " + status + ", not " + expected);
    }
  }

  /** Approved and not past its last day. */
  boolean activeOn(LocalDate day) {
    return status == ReleaseStatus.APPROVED && !day.isAfter(validUntil);
  }

  Long id() {
    return id;
  }

  String releaseNumber() {
    return releaseNumber;
  }

  long customerId() {
    return customerId;
  }

  long orderId() {
    return orderId;
  }

  String currency() {
    return currency;
  }

  BigDecimal amount() {
    return amount;
  }

  String reason() {
    return reason;
  }

  LocalDate validUntil() {
    return validUntil;
  }

  ReleaseStatus status() {
    return status;
  }

  String financeBy() {
    return financeBy;
  }

  Instant financeAt() {
    return financeAt;
  }

  String financeNote() {
    return financeNote;
  }

  String gmBy() {
    return gmBy;
  }

  Instant gmAt() {
    return gmAt;
  }

  String gmNote() {
    return gmNote;
  }

  /** The refusal's reason: the general manager's, else finance's. */
  String refusalNote() {
    return gmBy != null ? gmNote : financeNote;
  }
}
