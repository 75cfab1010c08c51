package com.gendan.credit;

import com.gendan.data.Labeled;

/** Where a credit-hold release request stands. */
public enum ReleaseStatus implements Labeled {
  REQUESTED("待财务审批"),
  FINANCE_APPROVED("待总经理审批"),
  APPROVED("已批准"),
  REFUSED("未批准");

  private final String label;

  ReleaseStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  boolean isOpen() {
    return this == REQUESTED || this == FINANCE_APPROVED;
  }
}
