package com.gendan.quote;

import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A quote as {@code GET /api/quotes} lists it: its current revision's status and total; {@code
 * documentUrl} is its printable page.
 *
 * @param createdAt when the inquiry was registered
 * @param signed whether the current revision's signed PDF exists
 */
public record QuoteSummary(
    long id,
    String quoteNumber,
    long customerId,
    String customerCode,
    String customerName,
    String currency,
    int revisionNo,
    RevisionStatus status,
    String statusLabel,
    BigDecimal totalAmount,
    LocalDate validUntil,
    boolean signed,
    Instant createdAt,
    String documentUrl) {

  static QuoteSummary of(QuoteRevision revision, CustomerView customer) {
    Quote quote = revision.quote();
    return new QuoteSummary(
        quote.id(),
        quote.quoteNumber(),
        quote.customerId(),
        customer.code(),
        customer.chineseName(),
        quote.currency(),
        revision.revisionNo(),
        revision.status(),
        revision.status().label(),
        revision.totalAmount(),
        revision.validUntil(),
        revision.verificationCode() != null,
        quote.createdAt(),
        DocumentLinks.quote(quote.quoteNumber()));
  }
}
