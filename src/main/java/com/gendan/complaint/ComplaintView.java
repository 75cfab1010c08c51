package com.gendan.complaint;

import com.gendan.complaint.ComplaintHandlingProcess.Attribution;
import com.gendan.complaint.ComplaintHandlingProcess.Category;
import com.gendan.complaint.ComplaintHandlingProcess.DispositionKind;
import com.gendan.complaint.ComplaintHandlingProcess.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A complaint as {@code GET /api/complaints/{idOrNumber}} shows it, with every step so far. */
public record ComplaintView(
    long id,
    String complaintNumber,
    long customerId,
    String customerCode,
    String customerName,
    long orderId,
    String orderNumber,
    Long shipmentId,
    String shipmentNumber,
    Category category,
    String categoryLabel,
    Severity severity,
    String severityLabel,
    String description,
    ComplaintStatus status,
    String statusLabel,
    String rootCause,
    String countermeasure,
    int investigations,
    DispositionKind dispositionKind,
    String dispositionLabel,
    BigDecimal dispositionAmountCny,
    String dispositionNote,
    boolean returnExpected,
    boolean dispositionApproved,
    List<ComplaintApproval.View> approvals,
    Long replacementOrderId,
    String replacementOrderNumber,
    Long reshipmentId,
    String reshipmentNumber,
    LocalDate returnReceivedOn,
    List<ComplaintReturnLine.View> returnedLines,
    String returnCheckNote,
    LocalDate closureConfirmedOn,
    Attribution attribution,
    String attributionLabel,
    String closureNote,
    String verificationNote,
    String processInstanceId,
    Instant createdAt,
    List<ComplaintAttachment.View> attachments) {}
