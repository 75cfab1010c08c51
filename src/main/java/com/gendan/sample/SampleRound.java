package com.gendan.sample;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One sample sent for one request: the first, or an improved one after a fail. It keeps the
 * manager's approval, the shipment, the delivery, every follow-up contact and the result.
 */
@Entity
@Table(name = "sample_round")
class SampleRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private SampleRequest request;

  private int roundNo;
  private String improvementNote;
  private String approvalDecision;
  private String approvalComment;
  private String approvedBy;
  private Instant approvedAt;
  private String carrier;
  private String trackingNumber;
  private LocalDate shippedDate;
  private String shippedBy;
  private LocalDate deliveredDate;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private SampleResult result;

  private String resultConditions;
  private String customerFeedback;
  private Instant resultAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "round_id", nullable = false, updatable = false)
  @OrderBy("sequenceNo")
  private List<SampleContact> contacts = new ArrayList<>();

  protected SampleRound() {}

  SampleRound(SampleRequest request, int roundNo, String improvementNote) {
    this.request = request;
    this.roundNo = roundNo;
    this.improvementNote = improvementNote;
  }

  void decide(boolean approved, String comment, String userId, Instant now) {
    this.approvalDecision = approved ? "APPROVED" : "REFUSED";
    this.approvalComment = comment;
    this.approvedBy = userId;
    this.approvedAt = now;
  }

  void ship(String carrierCode, String tracking, LocalDate shipped, String userId) {
    this.carrier = carrierCode;
    this.trackingNumber = tracking;
    this.shippedDate = shipped;
    this.shippedBy = userId;
  }

  void deliver(LocalDate delivered) {
    this.deliveredDate = delivered;
  }

  void logContact(LocalDate date, String person, String note, String userId, Instant now) {
    contacts.add(new SampleContact(contacts.size() + 1, date, person, note, userId, now));
  }

  void result(SampleResult verdict, String conditions, String feedback, Instant now) {
    this.result = verdict;
    this.resultConditions = conditions;
    this.customerFeedback = feedback;
    this.resultAt = now;
  }

  int roundNo() {
    return roundNo;
  }

  String carrier() {
    return carrier;
  }

  String trackingNumber() {
    return trackingNumber;
  }

  LocalDate shippedDate() {
    return shippedDate;
  }

  LocalDate deliveredDate() {
    return deliveredDate;
  }

  SampleResult result() {
    return result;
  }

  String resultConditions() {
    return resultConditions;
  }

  RoundView toView() {
    return new RoundView(
        roundNo,
        improvementNote,
        approvalDecision,
        approvalComment,
        approvedBy,
        approvedAt,
        carrier,
        trackingNumber,
        shippedDate,
        shippedBy,
        deliveredDate,
        result,
        result == null ? null : result.label(),
        resultConditions,
        customerFeedback,
        resultAt,
        contacts.stream().map(SampleContact::toView).toList());
  }

  /** A round as the API shows it: its shipment, contacts and result. */
  public record RoundView(
      int roundNo,
      String improvementNote,
      String approvalDecision,
      String approvalComment,
      String approvedBy,
      Instant approvedAt,
      String carrier,
      String trackingNumber,
      LocalDate shippedDate,
      String shippedBy,
      LocalDate deliveredDate,
      SampleResult result,
      String resultLabel,
      String resultConditions,
      String customerFeedback,
      Instant resultAt,
      List<SampleContact.ContactView> contacts) {}
}
