package com.gendan.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One follow-up contact with the customer: when, whom, what they said, who logged it. */
@Entity
@Table(name = "sample_contact")
class SampleContact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int sequenceNo;
  private LocalDate contactDate;
  private String contactPerson;

  @Column(name = "note")
  private String note;

  private String loggedBy;
  private Instant loggedAt;

  protected SampleContact() {}

  SampleContact(
      int sequenceNo,
      LocalDate contactDate,
      String contactPerson,
      String note,
      String loggedBy,
      Instant loggedAt) {
    this.sequenceNo = sequenceNo;
    this.contactDate = contactDate;
    this.contactPerson = contactPerson;
    this.note = note;
    this.loggedBy = loggedBy;
    this.loggedAt = loggedAt;
  }

  ContactView toView() {
    return new ContactView(sequenceNo, contactDate, contactPerson, note, loggedBy, loggedAt);
  }

  /** A follow-up contact as the API shows it. */
  public record ContactView(
      int sequenceNo,
      LocalDate contactDate,
      String contactPerson,
      String note,
      String loggedBy,
      Instant loggedAt) {}
}
