package com.gendan.shipment;

import com.gendan.data.Labeled;

/** The warehouse document a shipment goes out on. */
public enum ShipmentDocument implements Labeled {
  /** 出库单: goods leave the warehouse for the customer. */
  OUTBOUND_DELIVERY("出库单"),
  /** 调拨单: goods move to the consignment stock kept for the customer. */
  STOCK_TRANSFER("调拨单");

  private final String label;

  ShipmentDocument(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
