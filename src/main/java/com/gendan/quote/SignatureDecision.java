package com.gendan.quote;

import com.gendan.data.Labeled;

/** A signer's decision on a quote revision. */
public enum SignatureDecision implements Labeled {
  APPROVED("同意"),
  REVISION_REQUESTED("退回修改"),
  REJECTED("驳回");

  private final String label;

  SignatureDecision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
