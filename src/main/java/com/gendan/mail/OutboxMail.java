package com.gendan.mail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One row of the outbox: a rendered mail, self-contained, with its delivery state. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_key", nullable = false, updatable = false, length = 200)
  private String eventKey;

  @Column(name = "recipients_to", nullable = false, length = 2000)
  private String to;

  @Column(name = "recipients_cc", length = 2000)
  private String cc;

  @Column(name = "template_name", nullable = false, length = 100)
  private String templateName;

  @Column(name = "model_json", nullable = false)
  private String modelJson;

  @Column(name = "subject", nullable = false, length = 500)
  private String subject;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private OutboxStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "claim_version", nullable = false)
  private long claimVersion;

  @Column(name = "process_instance_id", updatable = false, length = 64)
  private String processInstanceId;

  @Column(name = "incident_id", length = 64)
  private String incidentId;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "outbox_id", nullable = false, updatable = false)
  @OrderBy("id")
  private List<OutboxAttachment> attachments = new ArrayList<>();

  protected OutboxMail() {}

  OutboxMail(
      String eventKey,
      String to,
      String cc,
      String templateName,
      String modelJson,
      RenderedMail rendered,
      List<OutboxAttachment> attachments,
      String processInstanceId,
      Instant now) {
    this.eventKey = eventKey;
    this.to = to;
    this.cc = cc;
    this.templateName = templateName;
    this.modelJson = modelJson;
    this.subject = rendered.subject();
    this.bodyHtml = rendered.html();
    this.bodyText = rendered.text();
    this.attachments.addAll(attachments);
    this.processInstanceId = processInstanceId;
    this.status = OutboxStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  Long id() {
    return id;
  }

  String eventKey() {
    return eventKey;
  }

  String to() {
    return to;
  }

  String cc() {
    return cc;
  }

  String templateName() {
    return templateName;
  }

  String modelJson() {
    return modelJson;
  }

  String subject() {
    return subject;
  }

  String bodyHtml() {
    return bodyHtml;
  }

  String bodyText() {
    return bodyText;
  }

  OutboxStatus status() {
    return status;
  }

  int attempts() {
    return attempts;
  }

  Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  String lastError() {
    return lastError;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant sentAt() {
    return sentAt;
  }

  long claimVersion() {
    return claimVersion;
  }

  /** The process instance that sent the mail; null for mail sent outside a process. */
  String processInstanceId() {
    return processInstanceId;
  }

  /** The open incident about this mail not going out, if one was raised. */
  String incidentId() {
    return incidentId;
  }

  List<OutboxAttachment> attachments() {
    return attachments;
  }
}
