package com.gendan.order;

import com.gendan.data.ProcessDocument;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A written sales order, whatever channel it came by: its lines, every review's findings and how
 * they were settled, its status history and its production plan.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends ProcessDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String orderNumber;
  private long customerId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private OrderChannel channel;

  private String customerPo;
  private Instant receivedAt;
  private String currency;
  private String specialRequirements;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private OrderStatus status;

  private String confirmationReference;
  private LocalDate confirmedOn;
  private LocalDate plannedCompletionDate;
  private String planNote;

  // A child never moves to another order: its key goes into its INSERT, with no UPDATE after.
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  @OrderBy("lineNo")
  private List<SalesOrderLine> lines = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  @OrderBy("id")
  private List<OrderFinding> findings = new ArrayList<>();

  /** How many times the order was reviewed; the latest review's findings have this number. */
  private int reviews;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  @OrderBy("sequenceNo")
  private List<OrderStatusChange> history = new ArrayList<>();

  protected SalesOrder() {}

  SalesOrder(
      String orderNumber,
      long customerId,
      OrderChannel channel,
      String customerPo,
      Instant receivedAt,
      String currency,
      String specialRequirements,
      Collection<SalesOrderLine> lines,
      String userId,
      Instant now) {
    this.orderNumber = orderNumber;
    this.customerId = customerId;
    this.channel = channel;
    this.customerPo = customerPo;
    this.receivedAt = receivedAt;
    this.currency = currency;
    this.specialRequirements = specialRequirements;
    this.lines.addAll(lines);
    recordCreation(userId, now);
    moveTo(OrderStatus.REGISTERED, channel.label() + "订单", userId, now);
  }

  void moveTo(OrderStatus next, String note, String userId, Instant now) {
    if (status != null && status.isFinal() && next != status) {
      throw new IllegalStateException(
          "order " + orderNumber + " is " + status + " and cannot become " + next);
    }
    this.status = next;
    history.add(new OrderStatusChange(history.size() + 1, next, note, userId, now));
    recordUpdate(userId, now);
  }

  /** How many status changes the order has seen; tells one event of the same kind from another. */
  public int historyLength() {
    return history.size();
  }

  /** Records a review, also one that finds nothing: the findings no earlier settlement covers. */
  List<OrderFinding> recordReview(List<Finding> found) {
    int reviewNo = ++reviews;
    List<OrderFinding> open = new ArrayList<>();
    for (Finding finding : found) {
      if (findings.stream().noneMatch(earlier -> earlier.settles(finding))) {
        open.add(new OrderFinding(reviewNo, finding));
      }
    }
    findings.addAll(open);
    return open;
  }

  /** The findings of the latest review that are not settled yet. */
  List<OrderFinding> openFindings() {
    return findings.stream()
        .filter(f -> f.reviewNo() == reviews && f.settlement() == null)
        .toList();
  }

  /** Accepted price findings of the latest review, waiting for a manager. */
  List<OrderFinding> pendingPriceAcceptances() {
    return findings.stream()
        .filter(
            f ->
                f.reviewNo() == reviews
                    && f.code().isPrice()
                    && f.settlement() == FindingSettlement.ACCEPTED)
        .toList();
  }

  void replaceLines(Collection<SalesOrderLine> revised) {
    lines.clear();
    lines.addAll(revised);
  }

  void reviseSpecialRequirements(String revised) {
    this.specialRequirements = revised;
  }

  void confirmInWriting(String reference, LocalDate on) {
    this.confirmationReference = reference;
    this.confirmedOn = on;
  }

  void plan(LocalDate completion, String note) {
    this.plannedCompletionDate = completion;
    this.planNote = note;
  }

  public Long id() {
    return id;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public long customerId() {
    return customerId;
  }

  public OrderChannel channel() {
    return channel;
  }

  public String currency() {
    return currency;
  }

  public String specialRequirements() {
    return specialRequirements;
  }

  public OrderStatus status() {
    return status;
  }

  public LocalDate plannedCompletionDate() {
    return plannedCompletionDate;
  }

  public List<SalesOrderLine> lines() {
    return lines;
  }

  /**
   * What the order is worth: each line's quantity times its unit price, in the order's currency.
   */
  public BigDecimal amount() {
    return lines.stream()
        .map(l -> l.quantity().multiply(l.unitPrice()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Some goods of the order have gone out. */
  public boolean anyShipped() {
    return lines.stream().anyMatch(l -> l.shippedQuantity().signum() > 0);
  }

  /** Every line is shipped in full. */
  public boolean fulfilled() {
    return lines.stream().allMatch(l -> l.outstanding().signum() == 0);
  }

  public Optional<SalesOrderLine> line(int lineNo) {
    return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
  }

  public String customerPo() {
    return customerPo;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String confirmationReference() {
    return confirmationReference;
  }

  public LocalDate confirmedOn() {
    return confirmedOn;
  }

  public String planNote() {
    return planNote;
  }

  /** How many times the order was reviewed; the latest review's findings carry this number. */
  public int reviews() {
    return reviews;
  }

  public List<OrderFinding.FindingView> findingViews() {
    return findings.stream().map(OrderFinding::toView).toList();
  }

  public List<OrderStatusChange.StatusView> historyViews() {
    return history.stream().map(OrderStatusChange::toView).toList();
  }
}
