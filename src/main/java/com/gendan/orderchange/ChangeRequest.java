package com.gendan.orderchange;

import com.gendan.data.ProcessDocument;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A change or cancellation request on an order (SPEC D6, 销售订单变更(取消)申请单): the changed lines and the
 * reason, each department's impact, the dead stock it leaves and how each item was consumed, and
 * every signature.
 */
@Entity
@Table(name = "order_change_request")
class ChangeRequest extends ProcessDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String requestNumber;
  private long orderId;
  private long customerId;

  @Enumerated(EnumType.STRING)
  private ChangeKind kind;

  private String reason;

  @Enumerated(EnumType.STRING)
  private ChangeRequestStatus status;

  /** The order's id while open: the unique constraint keeps one open request per order. */
  private Long openOrderId;

  private LocalDate earliestPossibleDate;
  private Long orderChangeId;
  private String decisionNote;
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  private UrgentDecision urgentDecision;

  private String urgentDecisionNote;
  private String urgentDecidedBy;
  private Instant urgentDecidedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(
      name = "order_change_request_line",
      joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("lineNo")
  private List<Line> lines = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "order_change_impact", joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("statedAt")
  private List<Impact> impacts = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "order_change_dead_stock", joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("itemNo")
  private List<DeadStockItem> deadStock = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "order_change_signature", joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("sequenceNo")
  private List<Signature> signatures = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "order_change_yield", joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("orderNumber")
  private List<Yield> yields = new ArrayList<>();

  protected ChangeRequest() {}

  ChangeRequest(
      String requestNumber,
      long orderId,
      long customerId,
      ChangeKind kind,
      String reason,
      List<Line> lines,
      String userId,
      Instant now) {
    this.requestNumber = requestNumber;
    this.orderId = orderId;
    this.customerId = customerId;
    this.kind = kind;
    this.reason = reason;
    this.lines = new ArrayList<>(lines);
    this.status = ChangeRequestStatus.ASSESSING;
    this.openOrderId = orderId;
    recordCreation(userId, now);
    recordUpdate(userId, now);
  }

  Long id() {
    return id;
  }

  String requestNumber() {
    return requestNumber;
  }

  long orderId() {
    return orderId;
  }

  long customerId() {
    return customerId;
  }

  ChangeKind kind() {
    return kind;
  }

  String reason() {
    return reason;
  }

  ChangeRequestStatus status() {
    return status;
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  List<Impact> impacts() {
    return List.copyOf(impacts);
  }

  List<DeadStockItem> deadStock() {
    return List.copyOf(deadStock);
  }

  List<Signature> signatures() {
    return List.copyOf(signatures);
  }

  Long orderChangeId() {
    return orderChangeId;
  }

  LocalDate earliestPossibleDate() {
    return earliestPossibleDate;
  }

  String decisionNote() {
    return decisionNote;
  }

  Instant decidedAt() {
    return decidedAt;
  }

  UrgentDecision urgentDecision() {
    return urgentDecision;
  }

  String urgentDecisionNote() {
    return urgentDecisionNote;
  }

  String urgentDecidedBy() {
    return urgentDecidedBy;
  }

  Instant urgentDecidedAt() {
    return urgentDecidedAt;
  }

  List<Yield> yields() {
    return List.copyOf(yields);
  }

  /**
   * Top management decided the urgent demand; a granted one names the orders that give way (a
   * decision taken again replaces the earlier one).
   */
  void decideUrgentDemand(
      UrgentDecision decision, String note, List<Yield> yielding, String userId, Instant now) {
    urgentDecision = decision;
    urgentDecisionNote = note;
    urgentDecidedBy = userId;
    urgentDecidedAt = now;
    yields.clear();
    yields.addAll(yielding);
    recordUpdate(userId, now);
  }

  Optional<Impact> impactOf(Department department) {
    return impacts.stream().filter(i -> i.department == department).findFirst();
  }

  /** The sum of the departments' costs, in CNY. */
  BigDecimal totalCost() {
    return impacts.stream().map(i -> i.costCny).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  void stateImpact(Impact impact, List<DeadStockItem> items, String userId, Instant now) {
    impacts.removeIf(i -> i.department == impact.department);
    impacts.add(impact);
    deadStock.removeIf(d -> d.department == impact.department);
    int next = deadStock.stream().mapToInt(d -> d.itemNo).max().orElse(0);
    for (DeadStockItem item : items) {
      item.itemNo = ++next;
      deadStock.add(item);
    }
    if (impact.department == Department.PRODUCTION) {
      earliestPossibleDate = impact.earliestDate;
    }
    recordUpdate(userId, now);
  }

  void toSignOff(String userId, Instant now) {
    status = ChangeRequestStatus.SIGNING;
    recordUpdate(userId, now);
  }

  void sign(String approverGroup, boolean approved, String comment, String userId, Instant now) {
    signatures.add(
        new Signature(
            signatures.size() + 1,
            approverGroup,
            approved ? "APPROVED" : "REJECTED",
            comment,
            userId,
            now));
    recordUpdate(userId, now);
  }

  void approved(Long orderChangeId, String userId, Instant now) {
    this.orderChangeId = orderChangeId;
    decide(ChangeRequestStatus.APPROVED, null, userId, now);
  }

  void rejected(String note, String userId, Instant now) {
    decide(ChangeRequestStatus.REJECTED, note, userId, now);
  }

  void voided(String note, String userId, Instant now) {
    decide(ChangeRequestStatus.VOID, note, userId, now);
  }

  void completed(String userId, Instant now) {
    status = ChangeRequestStatus.COMPLETED;
    recordUpdate(userId, now);
  }

  private void decide(ChangeRequestStatus next, String note, String userId, Instant now) {
    status = next;
    openOrderId = null;
    decisionNote = note;
    decidedAt = now;
    recordUpdate(userId, now);
  }

  Optional<DeadStockItem> item(int itemNo) {
    return deadStock.stream().filter(d -> d.itemNo == itemNo).findFirst();
  }

  boolean deadStockOpen() {
    return deadStock.stream().anyMatch(d -> d.status != DeadStockStatus.RESOLVED);
  }

  void touched(String userId, Instant now) {
    recordUpdate(userId, now);
  }

  /** One changed line: a null quantity, date or spec stays as the order has it. */
  @Embeddable
  static class Line {
    @Column(name = "line_no")
    int lineNo;

    BigDecimal quantity;
    LocalDate requestedDate;
    String spec;

    protected Line() {}

    Line(int lineNo, BigDecimal quantity, LocalDate requestedDate, String spec) {
      this.lineNo = lineNo;
      this.quantity = quantity;
      this.requestedDate = requestedDate;
      this.spec = spec;
    }
  }

  /** What one department says the request costs. */
  @Embeddable
  static class Impact {
    @Enumerated(EnumType.STRING)
    Department department;

    String material;
    String workInProgress;
    BigDecimal costCny;
    LocalDate earliestDate;
    String note;
    String statedBy;
    Instant statedAt;

    protected Impact() {}

    Impact(
        Department department,
        String material,
        String workInProgress,
        BigDecimal costCny,
        LocalDate earliestDate,
        String note,
        String statedBy,
        Instant statedAt) {
      this.department = department;
      this.material = material;
      this.workInProgress = workInProgress;
      this.costCny = costCny;
      this.earliestDate = earliestDate;
      this.note = note;
      this.statedBy = statedBy;
      this.statedAt = statedAt;
    }
  }

  /** Material left without an order, until the sales rep has it sold, reworked or scrapped. */
  @Embeddable
  static class DeadStockItem {
    int itemNo;

    @Enumerated(EnumType.STRING)
    Department department;

    String item;
    BigDecimal quantity;
    BigDecimal valueCny;

    @Enumerated(EnumType.STRING)
    DeadStockStatus status;

    @Enumerated(EnumType.STRING)
    Disposition disposition;

    String dispositionNote;
    String resolvedBy;
    Instant resolvedAt;

    protected DeadStockItem() {}

    DeadStockItem(Department department, String item, BigDecimal quantity, BigDecimal valueCny) {
      this.department = department;
      this.item = item;
      this.quantity = quantity;
      this.valueCny = valueCny;
      this.status = DeadStockStatus.OPEN;
    }

    void dispose(
        Disposition disposition, String note, boolean needsApproval, String userId, Instant now) {
      this.disposition = disposition;
      this.dispositionNote = note;
      if (needsApproval) {
        this.status = DeadStockStatus.SCRAP_PENDING;
      } else {
        resolve(userId, now);
      }
    }

    void resolve(String userId, Instant now) {
      this.status = DeadStockStatus.RESOLVED;
      this.resolvedBy = userId;
      this.resolvedAt = now;
    }

    void reopen(String note) {
      this.status = DeadStockStatus.OPEN;
      this.disposition = null;
      this.dispositionNote = note;
    }
  }

  /** One signature. */
  @Embeddable
  static class Signature {
    int sequenceNo;
    String approverGroup;
    String decision;
    String comment;
    String signedBy;
    Instant signedAt;

    protected Signature() {}

    Signature(
        int sequenceNo,
        String approverGroup,
        String decision,
        String comment,
        String signedBy,
        Instant signedAt) {
      this.sequenceNo = sequenceNo;
      this.approverGroup = approverGroup;
      this.decision = decision;
      this.comment = comment;
      this.signedBy = signedBy;
      this.signedAt = signedAt;
    }
  }

  /** An order that gives way to the urgent request: its new date, and how it was told. */
  @Embeddable
  static class Yield {
    long orderId;
    String orderNumber;
    LocalDate newDate;
    Long exceptionId;
    String notToldReason;

    protected Yield() {}

    Yield(long orderId, String orderNumber, LocalDate newDate) {
      this.orderId = orderId;
      this.orderNumber = orderNumber;
      this.newDate = newDate;
    }

    boolean pending() {
      return exceptionId == null && notToldReason == null;
    }

    void told(long exceptionId) {
      this.exceptionId = exceptionId;
    }

    void notTold(String reason) {
      this.notToldReason = reason;
    }
  }
}
