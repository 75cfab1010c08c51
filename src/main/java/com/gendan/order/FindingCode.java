package com.gendan.order;

import com.gendan.data.Labeled;

/** What order review can find on an order, in the words the assistant reads. */
public enum FindingCode implements Labeled {
  PRICE_MISMATCH("单价与有效报价不符", true),
  NO_PRICE_AGREEMENT("没有有效报价（单价依据）", true),
  SPEC_NOT_APPROVED("规格既非已知产品规格，也没有样品承认", false),
  QUANTITY_BELOW_MINIMUM("数量低于最小订购量", false),
  QUANTITY_IMPLAUSIBLE("数量异常偏大", false),
  DATE_TOO_EARLY("交期早于今天加产品交货周期", false),
  STANDING_REQUIREMENT_MISSING("订单未体现客户的常规要求", false),
  CREDIT_HOLD("客户处于信用冻结", false),
  CREDIT_LIMIT_EXCEEDED("超出客户信用额度", false);

  private final String label;
  private final boolean price;

  FindingCode(String label, boolean price) {
    this.label = label;
    this.price = price;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * A finding on the customer's credit (the hold, the limit): finance deals with it, not the
   * assistant; an approved credit-hold release of the order lets it through.
   */
  public boolean isCredit() {
    return this == CREDIT_HOLD || this == CREDIT_LIMIT_EXCEEDED;
  }

  /** Accepting a price finding needs a manager's confirmation. */
  public boolean isPrice() {
    return price;
  }
}
