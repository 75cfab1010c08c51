package com.gendan.receivable;

/** Where a receivable stands (column receivable.status). */
public enum ReceivableStatus {
  /** Something is still owed. */
  OPEN,
  /** Paid in full. */
  PAID
}
