package com.gendan.sample;

/** The customer's verdict on a sample round. */
public enum SampleResult {
  PASS("测试通过"),
  CONDITIONAL_PASS("有条件通过"),
  FAIL("未通过");

  private final String label;

  SampleResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  boolean isApproval() {
    return this != FAIL;
  }

  /** The follow-up form's value; null while the result is pending. */
  static SampleResult ofFormValue(String value) {
    return switch (value == null ? "" : value) {
      case SampleTrackingProcess.Result.PASS -> PASS;
      case SampleTrackingProcess.Result.CONDITIONAL_PASS -> CONDITIONAL_PASS;
      case SampleTrackingProcess.Result.FAIL -> FAIL;
      case SampleTrackingProcess.Result.PENDING -> null;
      default -> throw new IllegalArgumentException("unknown result " + value);
    };
  }
}
