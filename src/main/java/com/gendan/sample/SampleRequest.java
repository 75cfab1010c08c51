package com.gendan.sample;

import com.gendan.data.ProcessDocument;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A sample request (样品申请单) and its rounds. */
@Entity
@Table(name = "sample_request")
class SampleRequest extends ProcessDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String sampleNumber;
  private long customerId;
  private Long productId;
  private String specText;
  private BigDecimal quantity;
  private String unit;
  private String purpose;
  private boolean charged;
  private BigDecimal sampleValue;
  private LocalDate targetDate;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private SampleStatus status;

  private int currentRoundNo;
  private String withdrawalReason;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("roundNo")
  private List<SampleRound> rounds = new ArrayList<>();

  protected SampleRequest() {}

  SampleRequest(
      String sampleNumber,
      long customerId,
      Long productId,
      String specText,
      BigDecimal quantity,
      String unit,
      String purpose,
      boolean charged,
      BigDecimal sampleValue,
      LocalDate targetDate,
      String userId,
      Instant now) {
    this.sampleNumber = sampleNumber;
    this.customerId = customerId;
    this.productId = productId;
    this.specText = specText;
    this.quantity = quantity;
    this.unit = unit;
    this.purpose = purpose;
    this.charged = charged;
    this.sampleValue = sampleValue;
    this.targetDate = targetDate;
    this.status = SampleStatus.PREPARING;
    this.currentRoundNo = 1;
    this.rounds.add(new SampleRound(this, 1, null));
    recordCreation(userId, now);
    recordUpdate(userId, now);
  }

  SampleRound currentRound() {
    return rounds.stream().filter(r -> r.roundNo() == currentRoundNo).findFirst().orElseThrow();
  }

  SampleRound startNextRound(String improvementNote, String userId, Instant now) {
    currentRoundNo++;
    SampleRound next = new SampleRound(this, currentRoundNo, improvementNote);
    rounds.add(next);
    status = SampleStatus.PREPARING;
    recordUpdate(userId, now);
    return next;
  }

  void moveTo(SampleStatus next, String userId, Instant now) {
    this.status = next;
    recordUpdate(userId, now);
  }

  void withdraw(String reason, String userId, Instant now) {
    this.withdrawalReason = reason;
    moveTo(SampleStatus.WITHDRAWN, userId, now);
  }

  Long id() {
    return id;
  }

  String sampleNumber() {
    return sampleNumber;
  }

  long customerId() {
    return customerId;
  }

  Long productId() {
    return productId;
  }

  String specText() {
    return specText;
  }

  BigDecimal quantity() {
    return quantity;
  }

  String unit() {
    return unit;
  }

  String purpose() {
    return purpose;
  }

  boolean charged() {
    return charged;
  }

  BigDecimal sampleValue() {
    return sampleValue;
  }

  SampleStatus status() {
    return status;
  }

  LocalDate targetDate() {
    return targetDate;
  }

  int currentRoundNo() {
    return currentRoundNo;
  }

  /**
   * The status as the user reads it: an approved request says whether the customer's test passed
   * outright (测试通过) or with conditions (有条件通过).
   */
  String statusLabel() {
    SampleResult result = currentRound().result();
    return status == SampleStatus.APPROVED && result != null ? result.label() : status.label();
  }

  SampleView toView(String customerCode, String customerName, String productCode) {
    return new SampleView(
        id,
        sampleNumber,
        customerId,
        customerCode,
        customerName,
        productId,
        productCode,
        specText,
        quantity,
        unit,
        purpose,
        charged,
        sampleValue,
        targetDate,
        status,
        statusLabel(),
        currentRoundNo,
        withdrawalReason,
        processInstanceId(),
        rounds.stream().map(SampleRound::toView).toList());
  }
}
