package com.gendan.orderchange;

import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A change or cancellation request as the API shows it, with every impact and signature. */
public record ChangeRequestView(
    long id,
    String requestNumber,
    long orderId,
    String orderNumber,
    String customerCode,
    String customerName,
    ChangeKind kind,
    String kindLabel,
    ChangeRequestStatus status,
    String statusLabel,
    String reason,
    String requestedBy,
    Instant requestedAt,
    List<LineView> lines,
    List<ImpactView> impacts,
    BigDecimal totalImpactCost,
    LocalDate earliestPossibleDate,
    List<DeadStockView> deadStock,
    UrgentDecision urgentDecision,
    String urgentDecisionLabel,
    String urgentDecisionNote,
    String urgentDecidedBy,
    Instant urgentDecidedAt,
    List<YieldView> yields,
    List<SignatureView> signatures,
    String decisionNote,
    Instant decidedAt,
    String documentUrl) {

  public record LineView(int lineNo, BigDecimal quantity, LocalDate requestedDate, String spec) {}

  public record ImpactView(
      String department,
      String departmentLabel,
      String material,
      String workInProgress,
      BigDecimal costCny,
      LocalDate earliestDate,
      String note,
      String statedBy,
      Instant statedAt) {}

  public record DeadStockView(
      int itemNo,
      String department,
      String item,
      BigDecimal quantity,
      BigDecimal valueCny,
      DeadStockStatus status,
      String statusLabel,
      Disposition disposition,
      String dispositionLabel,
      String dispositionNote,
      String resolvedBy,
      Instant resolvedAt) {}

  /**
   * An order that gave way to the urgent request: its new date, whether its assistant was asked to
   * tell the customer, the customer's answer as recorded, or why it was not told.
   */
  public record YieldView(
      String orderNumber,
      LocalDate newDate,
      boolean told,
      String customerAnswer,
      String notToldReason) {}

  public record SignatureView(
      int sequenceNo,
      String approverGroup,
      String decision,
      String comment,
      String signedBy,
      Instant signedAt) {}

  static ChangeRequestView of(
      ChangeRequest r, String orderNumber, CustomerView customer, List<YieldView> yields) {
    return new ChangeRequestView(
        r.id(),
        r.requestNumber(),
        r.orderId(),
        orderNumber,
        customer.code(),
        customer.chineseName(),
        r.kind(),
        r.kind().label(),
        r.status(),
        r.status().label(),
        r.reason(),
        r.createdBy(),
        r.createdAt(),
        r.lines().stream()
            .map(l -> new LineView(l.lineNo, l.quantity, l.requestedDate, l.spec))
            .toList(),
        r.impacts().stream()
            .map(
                i ->
                    new ImpactView(
                        i.department.groupId(),
                        i.department.label(),
                        i.material,
                        i.workInProgress,
                        i.costCny,
                        i.earliestDate,
                        i.note,
                        i.statedBy,
                        i.statedAt))
            .toList(),
        r.totalCost(),
        r.earliestPossibleDate(),
        r.deadStock().stream()
            .map(
                d ->
                    new DeadStockView(
                        d.itemNo,
                        d.department.groupId(),
                        d.item,
                        d.quantity,
                        d.valueCny,
                        d.status,
                        d.status.label(),
                        d.disposition,
                        d.disposition == null ? null : d.disposition.label(),
                        d.dispositionNote,
                        d.resolvedBy,
                        d.resolvedAt))
            .toList(),
        r.urgentDecision(),
        r.urgentDecision() == null ? null : r.urgentDecision().label(),
        r.urgentDecisionNote(),
        r.urgentDecidedBy(),
        r.urgentDecidedAt(),
        yields,
        r.signatures().stream()
            .map(
                s ->
                    new SignatureView(
                        s.sequenceNo,
                        s.approverGroup,
                        s.decision,
                        s.comment,
                        s.signedBy,
                        s.signedAt))
            .toList(),
        r.decisionNote(),
        r.decidedAt(),
        DocumentLinks.changeRequest(r.requestNumber()));
  }
}
