package com.gendan.credit;

import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import com.gendan.order.SalesOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A credit-hold release request as the API and its printable page show it.
 *
 * @param active approved and not past {@code validUntil} today: the order goes through review's
 *     credit findings
 * @param statusLabel the status in Chinese; an approved release past its day reads 已过期
 */
public record CreditHoldReleaseView(
    long id,
    String releaseNumber,
    long customerId,
    String customerCode,
    String customerName,
    long orderId,
    String orderNumber,
    String currency,
    BigDecimal orderAmount,
    BigDecimal amount,
    String reason,
    LocalDate validUntil,
    ReleaseStatus status,
    String statusLabel,
    boolean active,
    String requestedBy,
    Instant requestedAt,
    String financeBy,
    Instant financeAt,
    String financeNote,
    String gmBy,
    Instant gmAt,
    String gmNote,
    String processInstanceId,
    String documentUrl) {

  static CreditHoldReleaseView of(
      CreditHoldRelease r, CustomerView customer, SalesOrder order, LocalDate today) {
    boolean active = r.activeOn(today);
    boolean expired = r.status() == ReleaseStatus.APPROVED && !active;
    return new CreditHoldReleaseView(
        r.id(),
        r.releaseNumber(),
        r.customerId(),
        customer.code(),
        customer.chineseName(),
        r.orderId(),
        order.orderNumber(),
        r.currency(),
        order.amount(),
        r.amount(),
        r.reason(),
        r.validUntil(),
        r.status(),
        expired ? "已过期" : r.status().label(),
        active,
        r.createdBy(),
        r.createdAt(),
        r.financeBy(),
        r.financeAt(),
        r.financeNote(),
        r.gmBy(),
        r.gmAt(),
        r.gmNote(),
        r.processInstanceId(),
        DocumentLinks.creditHoldRelease(r.releaseNumber()));
  }
}
