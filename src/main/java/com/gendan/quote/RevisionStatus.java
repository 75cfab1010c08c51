package com.gendan.quote;

import com.gendan.data.Labeled;

/** Where a quote revision stands. A revision that a counter-offer replaced is SUPERSEDED. */
public enum RevisionStatus implements Labeled {
  DRAFTING("编制中"),
  SIGNING("签核中"),
  SIGNED("已签核"),
  SENT("已发送"),
  ACCEPTED("客户已接受"),
  PARTIALLY_ACCEPTED("客户部分接受"),
  REJECTED_BY_SIGNER("签核驳回"),
  DECLINED_BY_CUSTOMER("客户拒绝"),
  SUPERSEDED("已被新版本取代"),
  EXPIRED("已过期");

  private final String label;

  RevisionStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
