package com.gendan.close;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The proposed safety stock of a product (SPEC D12): the monthly average of its usage over the last
 * three months (the month closed and the two before) times the configured factor.
 *
 * <ul>
 *   <li>Usage is what was shipped to the customer, for a consignment customer what it consumed.
 *   <li>The average counts the months from the first of the three with any usage: a product first
 *       used in the month closed is averaged over one month, one used three months ago and not
 *       since over three (its zero months count).
 *   <li>The average is shown to 3 decimals (half up); the proposal is rounded <b>up</b> to a whole
 *       unit, computed from the exact sum (never short of the factor's cover).
 *   <li>No usage in the three months proposes 0.
 * </ul>
 */
final class SafetyStock {

  private SafetyStock() {}

  /** A product's proposal and what it was built on. */
  record Proposal(BigDecimal averageUsage, int monthsCounted, BigDecimal safetyStock) {}

  /**
   * @param usageOldestFirst the usage of up to three months, the month closed last; null is none
   * @param factor the configured factor
   */
  static Proposal propose(List<BigDecimal> usageOldestFirst, BigDecimal factor) {
    if (usageOldestFirst.size() > 3) {
      throw new IllegalArgumentException("at most three months: " + usageOldestFirst);
    }
    int first = -1;
    for (int i = 0; i < usageOldestFirst.size(); i++) {
      BigDecimal usage = usageOldestFirst.get(i);
      if (usage != null && usage.signum() > 0) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return new Proposal(BigDecimal.ZERO.setScale(3), 0, BigDecimal.ZERO);
    }
    int months = usageOldestFirst.size() - first;
    BigDecimal sum =
        usageOldestFirst.subList(first, usageOldestFirst.size()).stream()
            .map(usage -> usage == null ? BigDecimal.ZERO : usage)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal divisor = BigDecimal.valueOf(months);
    return new Proposal(
        sum.divide(divisor, 3, RoundingMode.HALF_UP),
        months,
        sum.multiply(factor).divide(divisor, 0, RoundingMode.CEILING));
  }
}
