package com.gendan.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One approver group's decision on a proposed disposition. */
@Entity
@Table(name = "complaint_approval")
class ComplaintApproval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id")
  private Complaint complaint;

  private int sequenceNo;
  private String groupId;
  private boolean approved;
  private String comment;
  private String decidedBy;
  private Instant decidedAt;

  protected ComplaintApproval() {}

  ComplaintApproval(
      Complaint complaint,
      int sequenceNo,
      String groupId,
      boolean approved,
      String comment,
      String decidedBy,
      Instant decidedAt) {
    this.complaint = complaint;
    this.sequenceNo = sequenceNo;
    this.groupId = groupId;
    this.approved = approved;
    this.comment = comment;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  View toView() {
    return new View(groupId, approved, comment, decidedBy, decidedAt);
  }

  /** A decision as the API shows it. */
  public record View(
      String groupId, boolean approved, String comment, String decidedBy, Instant decidedAt) {}
}
