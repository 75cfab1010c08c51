package com.gendan.statement;

import com.gendan.data.Labeled;

/** Where a statement stands. */
public enum StatementStatus implements Labeled {
  /** Sent (or reissued), waiting for the customer's answer. */
  ISSUED("待客户确认"),
  /** The customer disputed lines; the assistant settles them, then it is reissued. */
  DISPUTED("客户有异议"),
  /** The customer confirmed it; finance issues the invoice. */
  CONFIRMED("客户已确认"),
  /** Finance issued the invoice. */
  INVOICED("已开票"),
  /** Confirmed with nothing to invoice (allowances or returns outweigh the shipments). */
  SETTLED_WITHOUT_INVOICE("已确认，无需开票");

  private final String label;

  StatementStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
