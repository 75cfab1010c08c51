package com.gendan.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A sample request as {@code GET /api/samples/{id}} returns it, with every round. */
public record SampleView(
    long id,
    String sampleNumber,
    long customerId,
    String customerCode,
    String customerName,
    Long productId,
    String productCode,
    String specText,
    BigDecimal quantity,
    String unit,
    String purpose,
    boolean charged,
    BigDecimal sampleValue,
    LocalDate targetDate,
    SampleStatus status,
    String statusLabel,
    int currentRoundNo,
    String withdrawalReason,
    String processInstanceId,
    List<SampleRound.RoundView> rounds) {}
