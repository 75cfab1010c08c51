package com.gendan.quote;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted quote line: the unit price a customer pays for a product between two dates, the basis
 * on which order review checks prices. It points back at the signed quote revision.
 */
@Entity
@Table(name = "price_agreement")
class PriceAgreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long customerId;
  private long productId;
  private String productCode;
  private BigDecimal unitPrice;
  private String currency;
  private LocalDate validFrom;
  private LocalDate validTo;
  private long quoteId;
  private int revisionNo;
  private Instant createdAt;

  protected PriceAgreement() {}

  PriceAgreement(
      Quote quote, QuoteRevision revision, QuoteLine line, LocalDate validFrom, Instant now) {
    this.customerId = quote.customerId();
    this.productId = line.productId();
    this.productCode = line.productCode();
    this.unitPrice = line.unitPrice();
    this.currency = quote.currency();
    this.validFrom = validFrom;
    this.validTo = revision.validUntil();
    this.quoteId = quote.id();
    this.revisionNo = revision.revisionNo();
    this.createdAt = now;
  }

  PriceAgreementView toView(String quoteNumber) {
    return new PriceAgreementView(
        id,
        customerId,
        productId,
        productCode,
        unitPrice,
        currency,
        validFrom,
        validTo,
        quoteId,
        quoteNumber,
        revisionNo);
  }

  long quoteId() {
    return quoteId;
  }
}
