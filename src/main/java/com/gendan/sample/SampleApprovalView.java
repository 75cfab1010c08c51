package com.gendan.sample;

import java.time.LocalDate;

/** A sample approval as other packages and the API see it. */
public record SampleApprovalView(
    long id,
    long customerId,
    Long productId,
    String productCode,
    String specText,
    String conditions,
    long requestId,
    String sampleNumber,
    int roundNo,
    LocalDate approvedOn) {}
