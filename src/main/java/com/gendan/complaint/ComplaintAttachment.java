package com.gendan.complaint;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo or PDF of a complaint, kept in Gendan's database. */
@Entity
@Table(name = "complaint_attachment")
class ComplaintAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long complaintId;
  private String fileName;
  private String contentType;
  private long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(updatable = false)
  private byte[] content;

  private String uploadedBy;
  private Instant uploadedAt;

  protected ComplaintAttachment() {}

  ComplaintAttachment(
      long complaintId,
      String fileName,
      String contentType,
      byte[] content,
      String uploadedBy,
      Instant uploadedAt) {
    this.complaintId = complaintId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = content.length;
    this.content = content.clone();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  Long id() {
    return id;
  }

  long complaintId() {
    return complaintId;
  }

  String fileName() {
    return fileName;
  }

  String contentType() {
    return contentType;
  }

  byte[] content() {
    return content.clone();
  }

  View toView() {
    return new View(id, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
  }

  /** An attachment as the API lists it; the content is downloaded at its own address. */
  public record View(
      long id,
      String fileName,
      String contentType,
      long sizeBytes,
      String uploadedBy,
      Instant uploadedAt) {}
}
