package com.gendan.order;

/** How a finding was settled without changing the order. */
public enum FindingSettlement {
  /** The assistant accepted it, with a reason (price findings wait for a manager). */
  ACCEPTED,
  /** A sales manager confirmed an accepted price deviation. */
  CONFIRMED,
  /** A sales manager refused an accepted price deviation: it counts again. */
  REFUSED
}
