package com.gendan.sample;

/** A sample approval with its request's sample number, read in one query. */
record NumberedApproval(SampleApproval approval, String sampleNumber) {

  /**
   * Whether the approval has conditions and applies to the product: approved for it, or for no
   * product in particular with a spec containing {@code spec}.
   */
  boolean appliesWithConditions(long productId, String spec) {
    SampleApproval a = approval;
    return a.conditions() != null
        && (Long.valueOf(productId).equals(a.productId())
            || (a.productId() == null && spec != null && a.specText().contains(spec)));
  }

  /** "样品 YP-… 有条件通过（approved on）：conditions", as order review and the plan show it. */
  String describeConditions() {
    return "样品 "
        + sampleNumber
        + " "
        + SampleResult.CONDITIONAL_PASS.label()
        + "（"
        + approval.approvedOn()
        + "）："
        + approval.conditions();
  }

  SampleApprovalView toView(String productCode) {
    return approval.toView(productCode, sampleNumber);
  }
}
