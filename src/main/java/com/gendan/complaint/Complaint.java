package com.gendan.complaint;

import com.gendan.complaint.ComplaintHandlingProcess.Attribution;
import com.gendan.complaint.ComplaintHandlingProcess.Category;
import com.gendan.complaint.ComplaintHandlingProcess.DispositionKind;
import com.gendan.complaint.ComplaintHandlingProcess.Severity;
import com.gendan.data.ProcessDocument;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer complaint (客诉处理单): what was complained of, and every step of its handling. */
@Entity
@Table(name = "complaint")
class Complaint extends ProcessDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String complaintNumber;
  private long customerId;
  private long orderId;
  private Long shipmentId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Category category;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Severity severity;

  private String description;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private ComplaintStatus status;

  private String rootCause;
  private String countermeasure;
  private String investigatedBy;
  private int investigations;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private DispositionKind dispositionKind;

  private BigDecimal dispositionAmount;
  private String dispositionNote;
  private boolean returnExpected;
  private boolean dispositionApproved;
  private Long replacementOrderId;

  /** A rework's re-shipment: a shipment of the original order. */
  private Long reshipmentId;

  private LocalDate returnReceivedOn;
  private String returnCheckNote;
  private LocalDate closureConfirmedOn;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Attribution attribution;

  private String closureNote;
  private String verificationNote;

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequenceNo")
  private List<ComplaintApproval> approvals = new ArrayList<>();

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNo")
  private List<ComplaintReturnLine> returnLines = new ArrayList<>();

  protected Complaint() {}

  Complaint(
      String complaintNumber,
      long customerId,
      long orderId,
      Long shipmentId,
      Category category,
      Severity severity,
      String description,
      String userId,
      Instant now) {
    this.complaintNumber = complaintNumber;
    this.customerId = customerId;
    this.orderId = orderId;
    this.shipmentId = shipmentId;
    this.category = category;
    this.severity = severity;
    this.description = description;
    this.status = ComplaintStatus.INVESTIGATING;
    recordCreation(userId, now);
    recordUpdate(userId, now);
  }

  void investigated(String rootCause, String countermeasure, String userId, Instant now) {
    this.rootCause = rootCause;
    this.countermeasure = countermeasure;
    this.investigatedBy = userId;
    this.investigations++;
    // a reopened complaint was disposed of and closed already: its new countermeasure is verified
    this.status =
        closureConfirmedOn == null ? ComplaintStatus.PROPOSING : ComplaintStatus.VERIFYING;
    recordUpdate(userId, now);
  }

  void propose(
      DispositionKind kind,
      BigDecimal amount,
      String note,
      boolean returnExpected,
      String userId,
      Instant now) {
    this.dispositionKind = kind;
    this.dispositionAmount = amount;
    this.dispositionNote = note;
    this.returnExpected = returnExpected;
    this.dispositionApproved = false;
    this.status = ComplaintStatus.APPROVING;
    recordUpdate(userId, now);
  }

  void decide(String groupId, boolean approved, String comment, String userId, Instant now) {
    approvals.add(
        new ComplaintApproval(this, approvals.size() + 1, groupId, approved, comment, userId, now));
    if (!approved) {
      this.status = ComplaintStatus.PROPOSING;
    }
    recordUpdate(userId, now);
  }

  /** Every approver group agreed: goods come back first, or the customer is asked to close. */
  void approved(String userId, Instant now) {
    this.dispositionApproved = true;
    this.status = returnExpected ? ComplaintStatus.RETURNING : ComplaintStatus.AWAITING_CLOSURE;
    recordUpdate(userId, now);
  }

  void replacedBy(long orderId) {
    this.replacementOrderId = orderId;
  }

  void reshippedAs(long shipmentId, String userId, Instant now) {
    this.reshipmentId = shipmentId;
    recordUpdate(userId, now);
  }

  void returned(LocalDate receivedOn, Map<Integer, BigDecimal> lines, String userId, Instant now) {
    this.returnReceivedOn = receivedOn;
    returnLines.clear();
    lines.forEach(
        (lineNo, quantity) -> returnLines.add(new ComplaintReturnLine(this, lineNo, quantity)));
    recordUpdate(userId, now);
  }

  /** What came back, per order line. */
  Map<Integer, BigDecimal> returnedQuantities() {
    Map<Integer, BigDecimal> returned = new LinkedHashMap<>();
    returnLines.forEach(line -> returned.put(line.lineNo(), line.quantity()));
    return returned;
  }

  void returnChecked(String note, String userId, Instant now) {
    this.returnCheckNote = note;
    this.status = ComplaintStatus.AWAITING_CLOSURE;
    recordUpdate(userId, now);
  }

  void closed(
      LocalDate confirmedOn, Attribution attribution, String note, String userId, Instant now) {
    this.closureConfirmedOn = confirmedOn;
    this.attribution = attribution;
    this.closureNote = note;
    this.status = ComplaintStatus.VERIFYING;
    recordUpdate(userId, now);
  }

  void verified(boolean effective, String note, String userId, Instant now) {
    this.verificationNote = note;
    this.status = effective ? ComplaintStatus.CLOSED : ComplaintStatus.INVESTIGATING;
    recordUpdate(userId, now);
  }

  Long id() {
    return id;
  }

  String complaintNumber() {
    return complaintNumber;
  }

  long customerId() {
    return customerId;
  }

  long orderId() {
    return orderId;
  }

  Long shipmentId() {
    return shipmentId;
  }

  Category category() {
    return category;
  }

  Severity severity() {
    return severity;
  }

  String description() {
    return description;
  }

  int investigations() {
    return investigations;
  }

  ComplaintStatus status() {
    return status;
  }

  DispositionKind dispositionKind() {
    return dispositionKind;
  }

  BigDecimal dispositionAmount() {
    return dispositionAmount;
  }

  boolean dispositionApproved() {
    return dispositionApproved;
  }

  Long replacementOrderId() {
    return replacementOrderId;
  }

  Long reshipmentId() {
    return reshipmentId;
  }

  LocalDate closureConfirmedOn() {
    return closureConfirmedOn;
  }

  ComplaintView toView(
      String customerCode,
      String customerName,
      String orderNumber,
      String shipmentNumber,
      String replacementOrderNumber,
      String reshipmentNumber,
      List<ComplaintAttachment.View> attachments) {
    return new ComplaintView(
        id,
        complaintNumber,
        customerId,
        customerCode,
        customerName,
        orderId,
        orderNumber,
        shipmentId,
        shipmentNumber,
        category,
        category.label(),
        severity,
        severity.label(),
        description,
        status,
        status.label(),
        rootCause,
        countermeasure,
        investigations,
        dispositionKind,
        dispositionKind == null ? null : dispositionKind.label(),
        dispositionAmount,
        dispositionNote,
        returnExpected,
        dispositionApproved,
        approvals.stream().map(ComplaintApproval::toView).toList(),
        replacementOrderId,
        replacementOrderNumber,
        reshipmentId,
        reshipmentNumber,
        returnReceivedOn,
        returnLines.stream().map(ComplaintReturnLine::toView).toList(),
        returnCheckNote,
        closureConfirmedOn,
        attribution,
        attribution == null ? null : attribution.label(),
        closureNote,
        verificationNote,
        processInstanceId(),
        createdAt(),
        attachments);
  }
}
