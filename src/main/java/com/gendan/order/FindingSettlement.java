package com.gendan.order;

import com.gendan.data.Labeled;

/** How a finding was settled without changing the order. */
public enum FindingSettlement implements Labeled {
  /** The assistant accepted it, with a reason (price findings wait for a manager). */
  ACCEPTED("业助已接受"),
  /** A sales manager confirmed an accepted price deviation. */
  CONFIRMED("主管已同意"),
  /** A sales manager refused an accepted price deviation: it counts again. */
  REFUSED("主管不同意");

  private final String label;

  FindingSettlement(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
