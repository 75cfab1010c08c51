package com.gendan.customer;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How important a customer is (主要客户 / 次要客户); JSON values are lowercase. */
public enum CustomerTier {
  @JsonProperty("primary")
  PRIMARY,
  @JsonProperty("secondary")
  SECONDARY
}
