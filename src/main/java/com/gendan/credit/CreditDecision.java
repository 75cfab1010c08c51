package com.gendan.credit;

import com.gendan.process.FormChoice;

/** An approver's answer on a credit request: approve, or refuse saying why. */
public enum CreditDecision implements FormChoice {
  APPROVE("approve"),
  REFUSE("refuse");

  private final String value;

  CreditDecision(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
