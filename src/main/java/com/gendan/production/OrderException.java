package com.gendan.production;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A problem production raised on an order: escalated at once to top management, whose decision is
 * recorded, and then passed on to the customer by the assistant.
 */
@Entity
@Table(name = "order_exception")
public class OrderException {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long orderId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private ExceptionKind kind;

  private String description;
  private String raisedBy;
  private Instant raisedAt;
  private String decision;
  private String decidedBy;
  private Instant decidedAt;
  private String customerInformedHow;
  private String informedBy;
  private Instant informedAt;

  /** The event an exception Gendan raised by itself is about; unique, null for the others. */
  @Column(updatable = false)
  private String eventKey;

  protected OrderException() {}

  OrderException(
      long orderId,
      ExceptionKind kind,
      String description,
      String raisedBy,
      Instant raisedAt,
      String eventKey) {
    this.eventKey = eventKey;
    this.orderId = orderId;
    this.kind = kind;
    this.description = description;
    this.raisedBy = raisedBy;
    this.raisedAt = raisedAt;
  }

  void decide(String text, String userId, Instant now) {
    this.decision = text;
    this.decidedBy = userId;
    this.decidedAt = now;
  }

  void customerInformed(String how, String userId, Instant now) {
    this.customerInformedHow = how;
    this.informedBy = userId;
    this.informedAt = now;
  }

  Long id() {
    return id;
  }

  long orderId() {
    return orderId;
  }

  ExceptionKind kind() {
    return kind;
  }

  String description() {
    return description;
  }

  String decision() {
    return decision;
  }

  String customerInformedHow() {
    return customerInformedHow;
  }

  String summary() {
    return kind.label() + "：" + description;
  }

  public ExceptionView toView() {
    return new ExceptionView(
        id,
        kind,
        kind.label(),
        description,
        raisedBy,
        raisedAt,
        decision,
        decidedBy,
        decidedAt,
        customerInformedHow,
        informedBy,
        informedAt);
  }

  /** A production exception as the API shows it. */
  public record ExceptionView(
      long id,
      ExceptionKind kind,
      String label,
      String description,
      String raisedBy,
      Instant raisedAt,
      String decision,
      String decidedBy,
      Instant decidedAt,
      String customerInformedHow,
      String informedBy,
      Instant informedAt) {}
}
