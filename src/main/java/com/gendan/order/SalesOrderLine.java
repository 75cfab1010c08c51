package com.gendan.order;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a sales order: product, spec, quantity, unit price, requested date. */
@Entity
@Table(name = "sales_order_line")
public class SalesOrderLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int lineNo;
  private long productId;
  private String productCode;
  private String spec;
  private BigDecimal quantity;
  private BigDecimal unitPrice;
  private LocalDate requestedDate;
  private BigDecimal shippedQuantity = BigDecimal.ZERO;

  protected SalesOrderLine() {}

  SalesOrderLine(
      int lineNo,
      long productId,
      String productCode,
      String spec,
      BigDecimal quantity,
      BigDecimal unitPrice,
      LocalDate requestedDate) {
    this.lineNo = lineNo;
    this.productId = productId;
    this.productCode = productCode;
    this.spec = spec;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.requestedDate = requestedDate;
  }

  public int lineNo() {
    return lineNo;
  }

  public long productId() {
    return productId;
  }

  public String productCode() {
    return productCode;
  }

  public String spec() {
    return spec;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public BigDecimal unitPrice() {
    return unitPrice;
  }

  public LocalDate requestedDate() {
    return requestedDate;
  }

  public BigDecimal shippedQuantity() {
    return shippedQuantity;
  }

  /** What is still to ship. */
  public BigDecimal outstanding() {
    return quantity.subtract(shippedQuantity).max(BigDecimal.ZERO);
  }

  void ship(BigDecimal shipped) {
    shippedQuantity = shippedQuantity.add(shipped);
  }

  /** An approved change (D6): new quantity and requested date, and the spec unless null. */
  void change(BigDecimal newQuantity, LocalDate newRequestedDate, String newSpec) {
    this.quantity = newQuantity;
    this.requestedDate = newRequestedDate;
    if (newSpec != null) {
      this.spec = newSpec;
    }
  }

  public LineView toView() {
    return new LineView(
        lineNo, productCode, spec, quantity, unitPrice, requestedDate, shippedQuantity);
  }

  /** A line as the API shows it. */
  public record LineView(
      int lineNo,
      String productCode,
      String spec,
      BigDecimal quantity,
      BigDecimal unitPrice,
      LocalDate requestedDate,
      BigDecimal shippedQuantity) {}
}
