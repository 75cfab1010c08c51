package com.gendan.conduct;

import com.gendan.data.Labeled;

/** Where a conduct case stands. */
public enum ConductStatus implements Labeled {
  REPORTED("待审查"),
  AWAITING_APPROVAL("待总经理核准"),
  NOT_CONFIRMED("查无实据"),
  REJECTED("总经理未核准"),
  RECORDED("已记录在档");

  private final String label;

  ConductStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
