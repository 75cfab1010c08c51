package com.gendan.orderchange;

import com.gendan.data.AuditedEntity;
import com.gendan.order.OrderService.LineChange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An approved change to an order's lines (D6), kept until the order's process applied it. */
@Entity
@Table(name = "order_change")
class OrderChange extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private long orderId;
  private Long changeRequestId;
  private String reason;
  private Instant appliedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "order_change_line", joinColumns = @JoinColumn(name = "order_change_id"))
  @OrderBy("lineNo")
  private List<ChangedLine> lines;

  protected OrderChange() {}

  OrderChange(
      long orderId,
      Long changeRequestId,
      String reason,
      List<ChangedLine> lines,
      String userId,
      Instant now) {
    this.orderId = orderId;
    this.changeRequestId = changeRequestId;
    this.reason = reason;
    this.lines = List.copyOf(lines);
    recordCreation(userId, now);
    recordUpdate(userId, now);
  }

  Long id() {
    return id;
  }

  long orderId() {
    return orderId;
  }

  /** The request it came from; null when an admin applied it directly. */
  Long changeRequestId() {
    return changeRequestId;
  }

  String reason() {
    return reason;
  }

  boolean applied() {
    return appliedAt != null;
  }

  /** Order line number to its new quantity and requested date. */
  Map<Integer, LineChange> changes() {
    Map<Integer, LineChange> changes = new LinkedHashMap<>();
    lines.forEach(l -> changes.put(l.lineNo, new LineChange(l.quantity, l.requestedDate, l.spec)));
    return changes;
  }

  void applied(String userId, Instant now) {
    this.appliedAt = now;
    recordUpdate(userId, now);
  }

  /** One changed order line. */
  @Embeddable
  static class ChangedLine {

    @Column(name = "line_no")
    private int lineNo;

    private BigDecimal quantity;
    private LocalDate requestedDate;
    private String spec;

    protected ChangedLine() {}

    ChangedLine(int lineNo, BigDecimal quantity, LocalDate requestedDate, String spec) {
      this.lineNo = lineNo;
      this.quantity = quantity;
      this.requestedDate = requestedDate;
      this.spec = spec;
    }
  }
}
