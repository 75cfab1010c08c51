package com.gendan.order;

import com.gendan.data.Labeled;
import java.util.EnumSet;
import java.util.Set;

/** Where a sales order stands. */
public enum OrderStatus implements Labeled {
  REGISTERED("已登记"),
  IN_REVIEW("审查中"),
  CORRECTION("待更正"),
  CREDIT_HOLD("信用冻结"),
  PRICE_DEVIATION("价格偏差待确认"),
  REVIEWED("审查通过"),
  PLAN_ISSUED("生产计划已下达"),
  PLANNED("生产计划已确认"),
  PARTLY_SHIPPED("部分出货"),
  CLOSED("已结案"),
  CANCELLED("已取消");

  private final String label;

  OrderStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Finished goods can be reported and shipped in these states. */
  static final Set<OrderStatus> SHIPPABLE = EnumSet.of(PLANNED, PARTLY_SHIPPED);

  public boolean canShip() {
    return SHIPPABLE.contains(this);
  }

  /** The production plan has gone out, so a change needs production's confirmation. */
  public boolean planIssued() {
    return this == PLAN_ISSUED || this == PLANNED || this == PARTLY_SHIPPED;
  }

  public boolean isFinal() {
    return this == CLOSED || this == CANCELLED;
  }
}
