package com.gendan.customer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.gendan.data.Labeled;

/** How important a customer is (主要客户 / 次要客户); JSON values are lowercase. */
public enum CustomerTier implements Labeled {
  @JsonProperty("primary")
  PRIMARY("主要客户"),
  @JsonProperty("secondary")
  SECONDARY("次要客户");

  private final String label;

  CustomerTier(String label) {
    this.label = label;
  }

  /** The tier as users read it: 主要客户 or 次要客户. */
  @Override
  public String label() {
    return label;
  }
}
