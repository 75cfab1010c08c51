package com.gendan.orderchange;

import com.gendan.data.Labeled;

/** Where a change or cancellation request stands. */
public enum ChangeRequestStatus implements Labeled {
  ASSESSING("影响评估中"),
  SIGNING("签核中"),
  APPROVED("已核准，呆滞料处理中"),
  COMPLETED("已完成"),
  REJECTED("已驳回"),
  /** Approved, but the order had changed meanwhile so that it could not be applied. */
  VOID("已作废（订单已变化）");

  private final String label;

  ChangeRequestStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Still open for the order: a second request on it waits until this one is decided. */
  public boolean open() {
    return this == ASSESSING || this == SIGNING;
  }
}
