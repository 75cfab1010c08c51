package com.gendan.order;

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

/** One step in an order's status history. */
@Entity
@Table(name = "order_status_change")
public class OrderStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int sequenceNo;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private OrderStatus status;

  private String note;
  private String changedBy;
  private Instant changedAt;

  protected OrderStatusChange() {}

  OrderStatusChange(
      int sequenceNo, OrderStatus status, String note, String changedBy, Instant changedAt) {
    this.sequenceNo = sequenceNo;
    this.status = status;
    this.note = note;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  StatusView toView() {
    return new StatusView(status, status.label(), note, changedBy, changedAt);
  }

  /** A status change as the API shows it. */
  public record StatusView(
      OrderStatus status, String label, String note, String changedBy, Instant changedAt) {}
}
