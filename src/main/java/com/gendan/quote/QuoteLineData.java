package com.gendan.quote;

import java.math.BigDecimal;

/**
 * A quote line as the forms and the API see it. In the draft form only {@code unitPrice} is
 * editable; everything else is for reading.
 */
public record QuoteLineData(
    int lineNo,
    String productCode,
    String productName,
    String spec,
    String unit,
    BigDecimal quantity,
    BigDecimal targetPrice,
    BigDecimal listPrice,
    BigDecimal floorPrice,
    BigDecimal unitPrice) {}
