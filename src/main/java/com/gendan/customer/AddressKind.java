package com.gendan.customer;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a customer's address is for; JSON values are lowercase. */
public enum AddressKind {
  /** 开票地址 */
  @JsonProperty("billing")
  BILLING,
  /** 收货地址 */
  @JsonProperty("shipping")
  SHIPPING,
  /** 注册地址 */
  @JsonProperty("registered")
  REGISTERED
}
