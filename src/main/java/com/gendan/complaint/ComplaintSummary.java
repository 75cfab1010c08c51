package com.gendan.complaint;

import com.gendan.complaint.ComplaintHandlingProcess.Category;
import com.gendan.complaint.ComplaintHandlingProcess.Severity;
import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import java.time.Instant;

/**
 * A complaint as {@code GET /api/complaints} lists it; {@code documentUrl} is its printable page
 * (客诉处理单).
 */
public record ComplaintSummary(
    long id,
    String complaintNumber,
    long customerId,
    String customerCode,
    String customerName,
    String orderNumber,
    Category category,
    String categoryLabel,
    Severity severity,
    String severityLabel,
    ComplaintStatus status,
    String statusLabel,
    Instant createdAt,
    String documentUrl) {

  static ComplaintSummary of(Complaint complaint, CustomerView customer, String orderNumber) {
    return new ComplaintSummary(
        complaint.id(),
        complaint.complaintNumber(),
        complaint.customerId(),
        customer.code(),
        customer.chineseName(),
        orderNumber,
        complaint.category(),
        complaint.category().label(),
        complaint.severity(),
        complaint.severity().label(),
        complaint.status(),
        complaint.status().label(),
        complaint.createdAt(),
        DocumentLinks.complaint(complaint.complaintNumber()));
  }
}
