package com.gendan.conduct;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/** A conduct case as the API shows it, with the Chinese words for its codes. */
public record ConductRecordView(
    long id,
    String caseNumber,
    String assistantUserId,
    String assistantName,
    ConductKind kind,
    String kindLabel,
    ConductCategory category,
    String categoryLabel,
    String facts,
    LocalDate occurredOn,
    String reportedBy,
    String reviewerUserId,
    String reviewFinding,
    String reviewNote,
    ConductDecision proposedDecision,
    String proposedDecisionLabel,
    BigDecimal fineAmount,
    String fineCurrency,
    String reviewedBy,
    Instant reviewedAt,
    String gmDecision,
    String gmNote,
    String gmDecidedBy,
    Instant gmDecidedAt,
    ConductStatus status,
    String statusLabel,
    Instant reportedAt) {

  static ConductRecordView of(ConductCase c, UnaryOperator<String> names) {
    return new ConductRecordView(
        c.id(),
        c.caseNumber(),
        c.assistantUserId(),
        names.apply(c.assistantUserId()),
        c.kind(),
        c.kind().label(),
        c.category(),
        c.category().label(),
        c.facts(),
        c.occurredOn(),
        c.reportedBy(),
        c.reviewerUserId(),
        c.reviewFinding() == null ? null : c.reviewFinding().value(),
        c.reviewNote(),
        c.proposedDecision(),
        c.proposedDecision() == null ? null : c.proposedDecision().label(),
        c.fineAmount(),
        c.fineCurrency(),
        c.reviewedBy(),
        c.reviewedAt(),
        c.gmDecision() == null ? null : c.gmDecision().value(),
        c.gmNote(),
        c.gmDecidedBy(),
        c.gmDecidedAt(),
        c.status(),
        c.status().label(),
        c.createdAt());
  }
}
