package com.gendan.sample;

import com.gendan.data.Labeled;

/** Where a sample request stands. */
public enum SampleStatus implements Labeled {
  AWAITING_APPROVAL("待审批"),
  PREPARING("准备寄样"),
  SHIPPED("已寄出"),
  FOLLOWING_UP("跟进测试结果"),
  /** Passed, or passed with conditions: {@link SampleRequest#statusLabel()} says which. */
  APPROVED("已通过"),
  FAILED("测试未通过"),
  REFUSED("申请未获批准"),
  WITHDRAWN("已撤回");

  private final String label;

  SampleStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
