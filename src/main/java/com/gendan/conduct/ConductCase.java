package com.gendan.conduct;

import com.gendan.conduct.ConductReviewProcess.GmDecision;
import com.gendan.conduct.ConductReviewProcess.ReviewFinding;
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
 * A commendation or a violation reported about an assistant (SPEC D14): the facts, her sales
 * manager's finding and proposed decision, the general manager's answer. Recorded, it is on her
 * file.
 */
@Entity
@Table(name = "conduct_case")
class ConductCase extends ProcessDocument {

  /** Fines are in Chinese yuan. */
  static final String CURRENCY = "CNY";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String caseNumber;
  private String assistantUserId;

  @Enumerated(EnumType.STRING)
  private ConductKind kind;

  @Enumerated(EnumType.STRING)
  private ConductCategory category;

  private String facts;
  private LocalDate occurredOn;
  private String reportedBy;
  private String reviewerUserId;

  @Enumerated(EnumType.STRING)
  private ReviewFinding reviewFinding;

  private String reviewNote;

  @Enumerated(EnumType.STRING)
  private ConductDecision proposedDecision;

  private BigDecimal fineAmount;
  private String fineCurrency;
  private String reviewedBy;
  private Instant reviewedAt;

  @Enumerated(EnumType.STRING)
  private GmDecision gmDecision;

  private String gmNote;
  private String gmDecidedBy;
  private Instant gmDecidedAt;

  @Enumerated(EnumType.STRING)
  private ConductStatus status;

  protected ConductCase() {}

  ConductCase(
      String caseNumber,
      ConductReport report,
      String reviewerUserId,
      String reportedBy,
      Instant now) {
    this.caseNumber = caseNumber;
    this.assistantUserId = report.assistant();
    this.kind = report.kind();
    this.category = report.category();
    this.facts = report.facts().strip();
    this.occurredOn = report.occurredOn();
    this.reviewerUserId = reviewerUserId;
    this.reportedBy = reportedBy;
    this.status = ConductStatus.REPORTED;
    recordCreation(reportedBy, now);
    recordUpdate(reportedBy, now);
  }

  void review(
      ReviewFinding finding,
      String note,
      ConductDecision decision,
      BigDecimal fine,
      String actor,
      Instant now) {
    requireStatus(ConductStatus.REPORTED);
    this.reviewFinding = finding;
    this.reviewNote = note;
    boolean confirmed = finding == ReviewFinding.CONFIRMED;
    this.proposedDecision = confirmed ? decision : null;
    this.fineAmount = confirmed && decision == ConductDecision.FINE ? fine : null;
    this.fineCurrency = fineAmount == null ? null : CURRENCY;
    this.reviewedBy = actor;
    this.reviewedAt = now;
    this.status = confirmed ? ConductStatus.AWAITING_APPROVAL : ConductStatus.NOT_CONFIRMED;
    recordUpdate(actor, now);
  }

  void decide(GmDecision decision, String note, String actor, Instant now) {
    requireStatus(ConductStatus.AWAITING_APPROVAL);
    this.gmDecision = decision;
    this.gmNote = note;
    this.gmDecidedBy = actor;
    this.gmDecidedAt = now;
    if (decision == GmDecision.REJECT) {
      this.status = ConductStatus.REJECTED;
    }
    recordUpdate(actor, now);
  }

  /** Puts the approved case on the assistant's file; again is fine (a retried job). */
  void record(String actor, Instant now) {
    if (status == ConductStatus.RECORDED) {
      return;
    }
    requireStatus(ConductStatus.AWAITING_APPROVAL);
    if (gmDecision != GmDecision.APPROVE) {
      throw new IllegalStateException("case " + caseNumber + " is not approved");
    }
    this.status = ConductStatus.RECORDED;
    recordUpdate(actor, now);
  }

  private void requireStatus(ConductStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("case " + caseNumber + " is " + status + ", not " + expected);
    }
  }

  Long id() {
    return id;
  }

  String caseNumber() {
    return caseNumber;
  }

  String assistantUserId() {
    return assistantUserId;
  }

  ConductKind kind() {
    return kind;
  }

  ConductCategory category() {
    return category;
  }

  String facts() {
    return facts;
  }

  LocalDate occurredOn() {
    return occurredOn;
  }

  String reportedBy() {
    return reportedBy;
  }

  String reviewerUserId() {
    return reviewerUserId;
  }

  ReviewFinding reviewFinding() {
    return reviewFinding;
  }

  String reviewNote() {
    return reviewNote;
  }

  ConductDecision proposedDecision() {
    return proposedDecision;
  }

  BigDecimal fineAmount() {
    return fineAmount;
  }

  String fineCurrency() {
    return fineCurrency;
  }

  String reviewedBy() {
    return reviewedBy;
  }

  Instant reviewedAt() {
    return reviewedAt;
  }

  GmDecision gmDecision() {
    return gmDecision;
  }

  String gmNote() {
    return gmNote;
  }

  String gmDecidedBy() {
    return gmDecidedBy;
  }

  Instant gmDecidedAt() {
    return gmDecidedAt;
  }

  ConductStatus status() {
    return status;
  }
}
