package com.gendan.quote;

/** A signer's decision on a quote revision. */
public enum SignatureDecision {
  APPROVED("同意"),
  REVISION_REQUESTED("退回修改"),
  REJECTED("驳回");

  private final String label;

  SignatureDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
