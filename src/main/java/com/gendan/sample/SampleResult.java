package com.gendan.sample;

import com.gendan.data.Labeled;

/** The customer's verdict on a sample round. */
public enum SampleResult implements Labeled {
  PASS("测试通过"),
  CONDITIONAL_PASS("有条件通过"),
  FAIL("未通过");

  private final String label;

  SampleResult(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  boolean isApproval() {
    return this != FAIL;
  }
}
