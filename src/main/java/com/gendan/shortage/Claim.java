package com.gendan.shortage;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One order line's claim on short stock: who it is for, how much it still needs, how the decision
 * table ranked it, and what it is given.
 */
record Claim(
    long orderId,
    String orderNumber,
    int lineNo,
    String customerName,
    String customerTier,
    LocalDate requestedDate,
    BigDecimal outstanding,
    int priority,
    String reason,
    BigDecimal allocated) {

  Claim allocate(BigDecimal quantity) {
    return new Claim(
        orderId,
        orderNumber,
        lineNo,
        customerName,
        customerTier,
        requestedDate,
        outstanding,
        priority,
        reason,
        quantity);
  }

  /** How the allocation form names the line: "订单号 行号". */
  String key() {
    return orderNumber + " " + lineNo;
  }
}
