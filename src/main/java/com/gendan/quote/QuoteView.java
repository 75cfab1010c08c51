package com.gendan.quote;

import java.util.List;

/**
 * A quote as {@code GET /api/quotes/{id}} returns it: the current revision in full, and every
 * revision (older ones superseded) for the record.
 */
public record QuoteView(
    long id,
    String quoteNumber,
    long customerId,
    String customerCode,
    String customerName,
    String currency,
    int validityDays,
    String processInstanceId,
    RevisionView current,
    List<RevisionView> revisions) {}
