package com.gendan.sample;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's approval of a sample: this customer accepted this product or spec (under these
 * conditions) as the basis for mass production. Order review checks order lines against it.
 */
@Entity
@Table(name = "sample_approval")
class SampleApproval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long customerId;
  private Long productId;
  private String specText;
  private String conditions;
  private long requestId;
  private int roundNo;
  private LocalDate approvedOn;
  private Instant createdAt;

  protected SampleApproval() {}

  SampleApproval(SampleRequest request, SampleRound round, LocalDate approvedOn, Instant now) {
    this.customerId = request.customerId();
    this.productId = request.productId();
    this.specText = request.specText();
    this.conditions = round.resultConditions();
    this.requestId = request.id();
    this.roundNo = round.roundNo();
    this.approvedOn = approvedOn;
    this.createdAt = now;
  }

  SampleApprovalView toView(String productCode, String sampleNumber) {
    return new SampleApprovalView(
        id,
        customerId,
        productId,
        productCode,
        specText,
        conditions,
        requestId,
        sampleNumber,
        roundNo,
        approvedOn);
  }

  Long id() {
    return id;
  }

  long requestId() {
    return requestId;
  }

  Long productId() {
    return productId;
  }

  String specText() {
    return specText;
  }

  String conditions() {
    return conditions;
  }

  LocalDate approvedOn() {
    return approvedOn;
  }
}
