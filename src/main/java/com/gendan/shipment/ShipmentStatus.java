package com.gendan.shipment;

import com.gendan.data.Labeled;
import java.util.EnumSet;
import java.util.Set;

/** Where a shipment stands. */
public enum ShipmentStatus implements Labeled {
  /** Goods finished, waiting for quality's outgoing inspection. */
  INSPECTING("待检验"),
  /** Goods passed, stock preparation notice out, transport not chosen yet. */
  READY("备货中"),
  /** Goods held by the outgoing inspection: back to production, no longer on their way. */
  HELD("检验扣留"),
  TRANSPORT_CHOSEN("待出库"),
  SHIPPED("已出货"),
  CANCELLED("已取消");

  private final String label;

  ShipmentStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Goods finished but not out of the warehouse: they count against the order's open quantity. */
  static final Set<ShipmentStatus> NOT_OUT_YET = EnumSet.of(INSPECTING, READY, TRANSPORT_CHOSEN);
}
