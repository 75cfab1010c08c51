package com.gendan.quote;

import com.gendan.product.ProductView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One product of a quote revision: what was asked, the price basis, and the quoted price. */
@Entity
@Table(name = "quote_line")
class QuoteLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int lineNo;
  private long productId;
  private String productCode;
  private String productName;
  private String spec;
  private String unit;
  private BigDecimal quantity;
  private BigDecimal targetPrice;
  private BigDecimal listPrice;
  private BigDecimal floorPrice;
  private BigDecimal unitPrice;
  private Boolean accepted;

  protected QuoteLine() {}

  /** List and floor price are taken over in the quote's currency. */
  QuoteLine(
      int lineNo,
      ProductView product,
      BigDecimal quantity,
      BigDecimal targetPrice,
      BigDecimal listPrice,
      BigDecimal floorPrice) {
    this.lineNo = lineNo;
    this.productId = product.id();
    this.productCode = product.code();
    this.productName = product.name();
    this.spec = product.spec();
    this.unit = product.unit();
    this.quantity = quantity;
    this.targetPrice = targetPrice;
    this.listPrice = listPrice;
    this.floorPrice = floorPrice;
  }

  /** A copy for the next revision, keeping the quoted price as a starting point. */
  QuoteLine copy() {
    QuoteLine copy = new QuoteLine();
    copy.lineNo = lineNo;
    copy.productId = productId;
    copy.productCode = productCode;
    copy.productName = productName;
    copy.spec = spec;
    copy.unit = unit;
    copy.quantity = quantity;
    copy.targetPrice = targetPrice;
    copy.listPrice = listPrice;
    copy.floorPrice = floorPrice;
    copy.unitPrice = unitPrice;
    return copy;
  }

  BigDecimal amount() {
    return unitPrice == null
        ? BigDecimal.ZERO
        : unitPrice.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
  }

  /** Discount off the list price in percent (negative when above list). */
  BigDecimal discountPercent() {
    if (unitPrice == null || listPrice.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return listPrice
        .subtract(unitPrice)
        .multiply(BigDecimal.valueOf(100))
        .divide(listPrice, 4, RoundingMode.HALF_UP);
  }

  boolean belowFloorPrice() {
    return unitPrice != null && unitPrice.compareTo(floorPrice) < 0;
  }

  void quote(BigDecimal price) {
    this.unitPrice = price;
  }

  void accept(boolean isAccepted) {
    this.accepted = isAccepted;
  }

  QuoteLineData toData() {
    return new QuoteLineData(
        lineNo,
        productCode,
        productName,
        spec,
        unit,
        quantity,
        targetPrice,
        listPrice,
        floorPrice,
        unitPrice);
  }

  int lineNo() {
    return lineNo;
  }

  long productId() {
    return productId;
  }

  String productCode() {
    return productCode;
  }

  String productName() {
    return productName;
  }

  String spec() {
    return spec;
  }

  String unit() {
    return unit;
  }

  BigDecimal quantity() {
    return quantity;
  }

  BigDecimal unitPrice() {
    return unitPrice;
  }

  Boolean accepted() {
    return accepted;
  }
}
