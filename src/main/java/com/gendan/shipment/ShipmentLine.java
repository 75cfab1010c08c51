package com.gendan.shipment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One order line in a shipment: what production finished and what the warehouse shipped. */
@Entity
@Table(name = "shipment_line")
class ShipmentLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int lineNo;
  private String productCode;
  private BigDecimal readyQuantity;
  private BigDecimal shippedQuantity;

  protected ShipmentLine() {}

  ShipmentLine(int lineNo, String productCode, BigDecimal readyQuantity) {
    this.lineNo = lineNo;
    this.productCode = productCode;
    this.readyQuantity = readyQuantity;
  }

  int lineNo() {
    return lineNo;
  }

  String productCode() {
    return productCode;
  }

  BigDecimal readyQuantity() {
    return readyQuantity;
  }

  BigDecimal shippedQuantity() {
    return shippedQuantity;
  }

  void ship(BigDecimal quantity) {
    this.shippedQuantity = quantity;
  }

  LineView toView() {
    return new LineView(lineNo, productCode, readyQuantity, shippedQuantity);
  }

  /** A shipment line as the API shows it. */
  public record LineView(
      int lineNo, String productCode, BigDecimal readyQuantity, BigDecimal shippedQuantity) {}
}
