package com.gendan.sample;

/** A sample approval with its request's sample number, read in one query. */
record NumberedApproval(SampleApproval approval, String sampleNumber) {

  SampleApprovalView toView(String productCode) {
    return approval.toView(productCode, sampleNumber);
  }
}
