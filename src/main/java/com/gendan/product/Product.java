package com.gendan.product;

import com.gendan.data.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A product the company sells, with its price band. */
@Entity
@Table(name = "product")
class Product extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String code;
  private String name;
  private String spec;
  private String unit;
  private BigDecimal listPrice;
  private BigDecimal floorPrice;
  private String currency;
  private int leadTimeDays;
  private BigDecimal minimumOrderQuantity;

  protected Product() {}

  Product(ProductRequest request, String userId, Instant now) {
    recordCreation(userId, now);
    apply(request, userId, now);
  }

  final void apply(ProductRequest request, String userId, Instant now) {
    this.code = request.code();
    this.name = request.name();
    this.spec = request.spec();
    this.unit = request.unit();
    this.listPrice = request.listPrice();
    this.floorPrice = request.floorPrice();
    this.currency = request.currency();
    this.leadTimeDays = request.leadTimeDays();
    this.minimumOrderQuantity = request.minimumOrderQuantity();
    recordUpdate(userId, now);
  }

  ProductView toView() {
    return new ProductView(
        id,
        code,
        name,
        spec,
        unit,
        listPrice,
        floorPrice,
        currency,
        leadTimeDays,
        minimumOrderQuantity);
  }

  Long getId() {
    return id;
  }
}
