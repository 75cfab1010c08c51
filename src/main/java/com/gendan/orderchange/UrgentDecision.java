package com.gendan.orderchange;

import com.gendan.data.Labeled;
import com.gendan.process.FormChoice;

/**
 * Top management's decision on an urgent demand: the form's value, the request's column (its name),
 * and its words.
 */
public enum UrgentDecision implements Labeled, FormChoice {
  GRANTED("grant", "同意紧急需求"),
  REFUSED("refuse", "不同意紧急需求");

  private final String value;
  private final String label;

  UrgentDecision(String value, String label) {
    this.value = value;
    this.label = label;
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public String label() {
    return label;
  }
}
