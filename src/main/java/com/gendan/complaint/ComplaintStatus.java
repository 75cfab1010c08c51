package com.gendan.complaint;

import com.gendan.data.Labeled;

/** Where a complaint stands. */
public enum ComplaintStatus implements Labeled {
  INVESTIGATING("品保调查中"),
  PROPOSING("拟定处理方案"),
  APPROVING("处理方案审批中"),
  RETURNING("退货处理中"),
  AWAITING_CLOSURE("待客户确认结案"),
  VERIFYING("已结案，待效果验证"),
  CLOSED("已验证关闭");

  private final String label;

  ComplaintStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
