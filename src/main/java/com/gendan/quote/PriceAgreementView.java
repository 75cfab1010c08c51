package com.gendan.quote;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A price agreement as other packages and the API see it. */
public record PriceAgreementView(
    long id,
    long customerId,
    long productId,
    String productCode,
    BigDecimal unitPrice,
    String currency,
    LocalDate validFrom,
    LocalDate validTo,
    long quoteId,
    String quoteNumber,
    int revisionNo) {}
