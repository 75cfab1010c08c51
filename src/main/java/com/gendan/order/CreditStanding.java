package com.gendan.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the review's credit checks (SPEC D11) need to know beyond the order and the customer: what
 * the customer owes and has ordered, and whether the order has an approved credit-hold release.
 * Implemented by the credit capability ({@code com.gendan.credit}), which reads orders; the order
 * itself depends on no receivable or release.
 */
public interface CreditStanding {

  /**
   * The customer's open receivables and the part of its other orders not yet invoiced, both in
   * {@code currency} only (nothing is converted).
   *
   * @param orderId the order under review, which is left out of the orders not invoiced
   */
  Exposure exposure(long customerId, String currency, long orderId);

  /** The order's approved credit-hold release that is still valid on {@code day}, if any. */
  Optional<Release> release(long orderId, LocalDate day);

  /** What the customer owes (open receivables) and has ordered but not been invoiced for. */
  record Exposure(BigDecimal openReceivables, BigDecimal ordersNotInvoiced) {}

  /** An approved release: its number, the amount it lets through and its last day. */
  record Release(String number, String currency, BigDecimal amount, LocalDate validUntil) {}
}
