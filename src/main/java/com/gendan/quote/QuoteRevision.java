package com.gendan.quote;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One numbered revision of a quote. A counter-offer starts a new revision; the old one is marked
 * superseded and otherwise left exactly as it was signed and sent.
 */
@Entity
@Table(name = "quote_revision")
class QuoteRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "quote_id")
  private Quote quote;

  private int revisionNo;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private RevisionStatus status;

  private LocalDate validUntil;
  private BigDecimal totalAmount;
  private BigDecimal totalAmountCny;

  @Basic(fetch = FetchType.LAZY)
  private byte[] documentPdf;

  private String verificationCode;
  private Instant documentCreatedAt;
  private Instant sentAt;
  private String customerResponse;
  private String responseReason;
  private Instant respondedAt;
  private String respondedBy;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "revision_id", nullable = false, updatable = false)
  @OrderBy("lineNo")
  private List<QuoteLine> lines = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "revision_id", nullable = false, updatable = false)
  @OrderBy("sequenceNo")
  private List<QuoteSignature> signatures = new ArrayList<>();

  protected QuoteRevision() {}

  QuoteRevision(Quote quote, int revisionNo, Collection<QuoteLine> lines) {
    this.quote = quote;
    this.revisionNo = revisionNo;
    this.status = RevisionStatus.DRAFTING;
    this.lines.addAll(lines);
  }

  void priceDrafted(BigDecimal total, BigDecimal totalCny) {
    this.totalAmount = total;
    this.totalAmountCny = totalCny;
    this.status = RevisionStatus.SIGNING;
  }

  void sign(QuoteSignature signature) {
    signatures.add(signature);
    switch (signature.decision()) {
      case REJECTED -> status = RevisionStatus.REJECTED_BY_SIGNER;
      case REVISION_REQUESTED -> {
        status = RevisionStatus.DRAFTING;
      }
      case APPROVED -> {}
    }
  }

  /**
   * The approvals that count: those given since the last time a signer sent the revision back for
   * changes (a changed price must be signed again).
   */
  List<QuoteSignature> currentApprovals() {
    List<QuoteSignature> approvals = new ArrayList<>();
    for (QuoteSignature signature : signatures) {
      if (signature.decision() == SignatureDecision.APPROVED) {
        approvals.add(signature);
      } else {
        approvals.clear();
      }
    }
    return approvals;
  }

  boolean isSignedBy(List<String> requiredGroups) {
    List<String> approvedGroups =
        currentApprovals().stream().map(QuoteSignature::approverGroup).toList();
    return !requiredGroups.isEmpty() && approvedGroups.containsAll(requiredGroups);
  }

  void attachDocument(byte[] pdf, String code, LocalDate until, Instant now) {
    this.documentPdf = pdf;
    this.validUntil = until;
    this.verificationCode = code;
    this.documentCreatedAt = now;
    this.status = RevisionStatus.SIGNED;
  }

  void sent(Instant now) {
    this.sentAt = now;
    this.status = RevisionStatus.SENT;
  }

  void respond(RevisionStatus outcome, String response, String reason, String userId, Instant now) {
    this.status = outcome;
    this.customerResponse = response;
    this.responseReason = reason;
    this.respondedBy = userId;
    this.respondedAt = now;
  }

  void supersede() {
    this.status = RevisionStatus.SUPERSEDED;
  }

  void expire() {
    this.status = RevisionStatus.EXPIRED;
  }

  Optional<QuoteLine> line(int lineNo) {
    return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
  }

  Quote quote() {
    return quote;
  }

  int revisionNo() {
    return revisionNo;
  }

  RevisionStatus status() {
    return status;
  }

  LocalDate validUntil() {
    return validUntil;
  }

  BigDecimal totalAmount() {
    return totalAmount;
  }

  byte[] documentPdf() {
    return documentPdf;
  }

  String verificationCode() {
    return verificationCode;
  }

  Instant documentCreatedAt() {
    return documentCreatedAt;
  }

  List<QuoteLine> lines() {
    return lines;
  }

  List<QuoteSignature> signatures() {
    return signatures;
  }

  RevisionView toView() {
    return new RevisionView(
        revisionNo,
        status,
        status.label(),
        validUntil,
        totalAmount,
        totalAmountCny,
        lines.stream().map(QuoteLine::toData).toList(),
        lines.stream()
            .filter(l -> Boolean.TRUE.equals(l.accepted()))
            .map(QuoteLine::lineNo)
            .toList(),
        signatures.stream().map(QuoteSignature::toView).toList(),
        documentPdf != null,
        verificationCode,
        sentAt,
        customerResponse,
        responseReason,
        respondedAt);
  }
}
