package com.gendan.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A quote revision as the API shows it. */
public record RevisionView(
    int revisionNo,
    RevisionStatus status,
    String statusLabel,
    LocalDate validUntil,
    BigDecimal totalAmount,
    BigDecimal totalAmountCny,
    List<QuoteLineData> lines,
    List<Integer> acceptedLineNos,
    List<SignatureView> signatures,
    boolean documentAvailable,
    String verificationCode,
    Instant sentAt,
    String customerResponse,
    String responseReason,
    Instant respondedAt) {}
