package com.gendan.orderchange;

import com.gendan.data.Labeled;

/** Where one dead-stock item stands. */
public enum DeadStockStatus implements Labeled {
  OPEN("待处理"),
  SCRAP_PENDING("报废待业务主管核准"),
  RESOLVED("已处理");

  private final String label;

  DeadStockStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
