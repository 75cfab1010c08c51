package com.gendan.statement;

import com.gendan.data.Labeled;

/** What a statement line states; a return and an allowance are deducted. */
public enum StatementLineKind implements Labeled {
  /** A shipment line delivered to the customer. */
  SHIPMENT("出货"),
  /** What a consignment customer reported consumed from the consignment store. */
  CONSUMPTION("寄售消耗"),
  /** Goods the customer sent back with a complaint. */
  RETURN("退货"),
  /** A discount granted by a complaint (折让), in CNY. */
  ALLOWANCE("折让");

  private final String label;

  StatementLineKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether the line's amount is deducted from what the customer owes. */
  boolean deducted() {
    return this == RETURN || this == ALLOWANCE;
  }
}
