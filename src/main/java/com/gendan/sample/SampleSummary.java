package com.gendan.sample;

import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A sample request as {@code GET /api/samples} lists it; {@code documentUrl} is its printable page
 * (样品申请单).
 *
 * @param createdAt when it was registered
 */
public record SampleSummary(
    long id,
    String sampleNumber,
    long customerId,
    String customerCode,
    String customerName,
    String productCode,
    String specText,
    BigDecimal quantity,
    String unit,
    SampleStatus status,
    String statusLabel,
    int currentRoundNo,
    LocalDate targetDate,
    Instant createdAt,
    String documentUrl) {

  static SampleSummary of(SampleRequest request, CustomerView customer, String productCode) {
    return new SampleSummary(
        request.id(),
        request.sampleNumber(),
        request.customerId(),
        customer.code(),
        customer.chineseName(),
        productCode,
        request.specText(),
        request.quantity(),
        request.unit(),
        request.status(),
        request.statusLabel(),
        request.currentRoundNo(),
        request.targetDate(),
        request.createdAt(),
        DocumentLinks.sample(request.sampleNumber()));
  }
}
