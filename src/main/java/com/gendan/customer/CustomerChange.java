package com.gendan.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed field of a customer, with who changed it and when. Never updated. */
@Entity
@Table(name = "customer_change_log")
class CustomerChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long customerId;
  private String fieldName;
  private String oldValue;
  private String newValue;
  private String changedBy;
  private Instant changedAt;

  protected CustomerChange() {}

  CustomerChange(
      long customerId, CustomerField.Change change, String changedBy, Instant changedAt) {
    this.customerId = customerId;
    this.fieldName = change.field().jsonName();
    this.oldValue = change.oldValue();
    this.newValue = change.newValue();
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  CustomerChangeView toView() {
    return new CustomerChangeView(
        id,
        customerId,
        fieldName,
        CustomerField.ofJsonName(fieldName).label(),
        oldValue,
        newValue,
        changedBy,
        changedAt);
  }
}
