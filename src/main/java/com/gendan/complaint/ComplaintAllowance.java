package com.gendan.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An approved discount (折让) the customer is owed: the next monthly statement deducts it and sets
 * {@code deductedOn}.
 */
@Entity
@Table(name = "complaint_allowance")
class ComplaintAllowance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long customerId;
  private long complaintId;
  private BigDecimal amountCny;
  private LocalDate deductedOn;
  private String createdBy;
  private Instant createdAt;

  protected ComplaintAllowance() {}

  ComplaintAllowance(
      long customerId,
      long complaintId,
      BigDecimal amountCny,
      String createdBy,
      Instant createdAt) {
    this.customerId = customerId;
    this.complaintId = complaintId;
    this.amountCny = amountCny;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  Long id() {
    return id;
  }

  long customerId() {
    return customerId;
  }

  BigDecimal amountCny() {
    return amountCny;
  }

  LocalDate deductedOn() {
    return deductedOn;
  }
}
