package com.gendan.complaint;

import com.gendan.complaint.ComplaintHandlingProcess.Attribution;
import com.gendan.complaint.ComplaintHandlingProcess.Category;
import com.gendan.complaint.ComplaintHandlingProcess.DispositionKind;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.data.IdOrNumber;
import com.gendan.data.ListQuery;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.order.OrderRequest;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.order.SalesOrderProcess;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import com.gendan.scope.CustomerProcesses;
import com.gendan.shipment.OutboundRequest;
import com.gendan.shipment.Shipment;
import com.gendan.shipment.Shipments;
import com.gendan.shipment.TransportMode;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint's business rules, one method per step. A rule a user broke is an {@link
 * InvalidRequestException} naming the field; nothing changes then. Orders and shipments are read
 * through their published services ({@link OrderService}, {@link Shipments}).
 */
@Service
@Transactional
public class ComplaintService {

  /** A complaint's number, {@code KS-2026-00001}, as {@link #register} draws it. */
  static final Pattern NUMBER = Pattern.compile("KS-[0-9]{4}-[0-9]{5,9}");

  /** What an order's special requirements may hold ({@link OrderRequest}). */
  private static final int SPECIAL_REQUIREMENTS_MAX = 2000;

  private final ComplaintRepository complaints;
  private final ComplaintAllowanceRepository allowances;
  private final CustomerDirectory customers;
  private final OrderService orderService;
  private final Shipments shipments;
  private final CustomerProcesses customerProcesses;
  private final ComplaintProperties properties;
  private final Validator validator;
  private final Clock clock;
  private final EntityManager entityManager;

  ComplaintService(
      ComplaintRepository complaints,
      ComplaintAllowanceRepository allowances,
      CustomerDirectory customers,
      OrderService orderService,
      Shipments shipments,
      CustomerProcesses customerProcesses,
      ComplaintProperties properties,
      Validator validator,
      Clock clock,
      EntityManager entityManager) {
    this.complaints = complaints;
    this.allowances = allowances;
    this.customers = customers;
    this.orderService = orderService;
    this.shipments = shipments;
    this.customerProcesses = customerProcesses;
    this.properties = properties;
    this.validator = validator;
    this.clock = clock;
    this.entityManager = entityManager;
  }

  /**
   * Registers a complaint about an order, one of its shipments, or both; all problems at once.
   *
   * @return the complaint's id
   */
  public long register(ComplaintRequest request, String userId) {
    Checked checked = check(request);
    InvalidRequestException.throwIfAny(checked.problems());
    long orderId = checked.orderId();
    String number = "KS-" + Year.now(clock) + "-" + String.format("%05d", complaints.nextNumber());
    return complaints
        .save(
            new Complaint(
                number,
                request.customerId(),
                orderId,
                request.shipmentId(),
                request.category(),
                request.severity(),
                request.description(),
                userId,
                now()))
        .id();
  }

  /** Everything wrong with a complaint, all at once. */
  public List<FieldProblem> problemsOf(ComplaintRequest request) {
    return check(request).problems();
  }

  /** A complaint checked in one pass: its problems, and its order (the shipment's, if given). */
  private record Checked(List<FieldProblem> problems, Long orderId) {}

  private Checked check(ComplaintRequest request) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
    Long customerId = request.customerId();
    if (customerId != null && customers.findById(customerId).isEmpty()) {
      problems.add(new FieldProblem("customerId", "客户不存在"));
      customerId = null;
    }
    Long orderId = request.orderId();
    if (orderId == null && request.shipmentId() == null) {
      problems.add(new FieldProblem("orderId", "请填写订单或出货批次（至少一项）"));
    }
    if (request.shipmentId() != null) {
      Optional<Shipment.ShipmentView> shipment = shipment(request.shipmentId());
      if (shipment.isEmpty() || !ofCustomer(customerId, shipment.get().customerId())) {
        problems.add(new FieldProblem("shipmentId", "出货批次不存在或不是该客户的"));
      } else if (orderId != null && orderId != shipment.get().orderId()) {
        problems.add(new FieldProblem("shipmentId", "出货批次不属于该订单"));
      } else {
        orderId = shipment.get().orderId();
      }
    } else if (orderId != null) {
      Optional<SalesOrder> order = orderService.findById(orderId);
      if (order.isEmpty() || !ofCustomer(customerId, order.get().customerId())) {
        problems.add(new FieldProblem("orderId", "订单不存在或不是该客户的"));
      }
    }
    return new Checked(problems, orderId);
  }

  /**
   * The order and the shipment a start form names by number (any letter case), each a problem on
   * its field when it is not a document of Gendan's; the customer is checked by {@link #register}.
   */
  public References references(
      String orderNumber, String shipmentNumber, List<FieldProblem> problems) {
    Long orderId = null;
    if (!blank(orderNumber)) {
      orderId =
          orderService
              .findByNumber(orderNumber.strip().toUpperCase())
              .map(SalesOrder::id)
              .orElse(null);
      if (orderId == null) {
        problems.add(new FieldProblem("orderNumber", "订单不存在：" + orderNumber.strip()));
      }
    }
    Long shipmentId = null;
    if (!blank(shipmentNumber)) {
      String number = shipmentNumber.strip().toUpperCase();
      shipmentId =
          Shipments.NUMBER.matcher(number).matches()
              ? shipments
                  .find(IdOrNumber.parse(number, Shipments.NUMBER, "shipmentNumber", number))
                  .map(Shipment.ShipmentView::id)
                  .orElse(null)
              : null;
      if (shipmentId == null) {
        problems.add(new FieldProblem("shipmentNumber", "出货批次不存在：" + shipmentNumber.strip()));
      }
    }
    return new References(orderId, shipmentId);
  }

  /** An order and a shipment by id, either may be null. */
  public record References(Long orderId, Long shipmentId) {}

  /**
   * How many of these customers' complaints closed in the month were put down to the assistant's
   * service (归因：业助服务), for her scorecard.
   */
  @Transactional(readOnly = true)
  public long attributedToService(Collection<Long> customerIds, YearMonth month) {
    return customerIds.isEmpty()
        ? 0
        : complaints
            .countByCustomerIdInAndAttributionAndClosureConfirmedOnGreaterThanEqualAndClosureConfirmedOnLessThan(
                customerIds,
                ComplaintHandlingProcess.Attribution.SERVICE,
                month.atDay(1),
                month.plusMonths(1).atDay(1));
  }

  public void linkProcess(long complaintId, String processInstanceId) {
    load(complaintId).linkProcess(processInstanceId);
  }

  /** Quality's findings; a reopened complaint's new countermeasure goes to verification. */
  public void investigate(long complaintId, Investigation investigation, String userId) {
    InvalidRequestException.throwIfAny(FieldProblem.of(validator.validate(investigation)));
    load(complaintId)
        .investigated(
            investigation.rootCause().strip(),
            investigation.countermeasure().strip(),
            userId,
            now());
  }

  /** The disposition the assistant agreed with the customer, for approval. */
  public void propose(long complaintId, Disposition disposition, String userId) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(disposition)));
    DispositionKind kind = disposition.kind();
    BigDecimal amount = disposition.amountCny();
    if (kind == DispositionKind.DISCOUNT && amount != null && amount.signum() == 0) {
      problems.add(new FieldProblem("amountCny", "折让金额必须大于0"));
    }
    InvalidRequestException.throwIfAny(problems);
    load(complaintId)
        .propose(
            kind,
            amount,
            trim(disposition.note()),
            Boolean.TRUE.equals(disposition.returnExpected()),
            userId,
            now());
  }

  /** One approver group's decision; a rejection must say why. */
  public void decide(
      long complaintId, String groupId, boolean approved, String comment, String userId) {
    if (!approved && blank(comment)) {
      throw InvalidRequestException.of("comment", "退回时必须写明原因");
    }
    load(complaintId).decide(groupId, approved, trim(comment), userId, now());
  }

  /** Every group the decision named approved. */
  public void approved(long complaintId, String userId) {
    load(complaintId).approved(userId, now());
  }

  /**
   * A remake: a replacement sales order for what was complained of (the shipment's shipped
   * quantities, or the order's), at the original order's prices, registered and started like any
   * order; the complaint keeps its id and both orders say why in their history.
   *
   * @return the replacement order's number
   */
  public String startReplacementOrder(long complaintId, String userId) {
    Complaint complaint = load(complaintId);
    SalesOrder original = orderService.load(complaint.orderId());
    if (complaint.replacementOrderId() != null) {
      return orderService.load(complaint.replacementOrderId()).orderNumber();
    }
    LocalDate requested = today().plus(properties.remakeLeadTime());
    Map<Integer, BigDecimal> quantities = complainedQuantities(complaint, original);
    boolean nothingShipped =
        quantities.values().stream().noneMatch(q -> q != null && q.signum() > 0);
    List<OrderRequest.Line> lines = new ArrayList<>();
    for (SalesOrderLine line : original.lines()) {
      // an order complained of before anything of it shipped is remade as ordered
      BigDecimal quantity = nothingShipped ? line.quantity() : quantities.get(line.lineNo());
      if (quantity != null && quantity.signum() > 0) {
        lines.add(
            new OrderRequest.Line(
                line.productCode(), line.spec(), quantity, line.unitPrice(), requested));
      }
    }
    String po = original.customerPo();
    String reason = "客诉 " + complaint.complaintNumber() + " 补做，原订单 " + original.orderNumber();
    // the remake is made and shipped as the original was: its special requirements come along
    String special =
        blank(original.specialRequirements())
            ? reason
            : reason + "；" + original.specialRequirements();
    OrderRequest request =
        new OrderRequest(
            original.customerId(),
            original.channel(),
            (po.length() > 47 ? po.substring(0, 47) : po) + "-补",
            null,
            original.currency(),
            special.length() > SPECIAL_REQUIREMENTS_MAX
                ? special.substring(0, SPECIAL_REQUIREMENTS_MAX)
                : special,
            lines);
    long orderId = orderService.register(request, userId);
    String number = orderService.load(orderId).orderNumber();
    customerProcesses.start(
        SalesOrderProcess.KEY,
        number,
        original.customerId(),
        SalesOrderProcess.Variables.ORDER_ID,
        orderId);
    complaint.replacedBy(orderId);
    orderService.note(original.id(), reason + "：补做订单 " + number, userId);
    return number;
  }

  /** A discount: the allowance the customer's next statement deducts (once per complaint). */
  public void recordAllowance(long complaintId, String userId) {
    Complaint complaint = load(complaintId);
    if (allowances.findByComplaintId(complaintId).isEmpty()) {
      allowances.save(
          new ComplaintAllowance(
              complaint.customerId(), complaintId, complaint.dispositionAmount(), userId, now()));
    }
  }

  /** The order's lines and what of each shipped, as the complaint concerns them. */
  public Map<Integer, BigDecimal> shippedQuantities(long complaintId) {
    Complaint complaint = load(complaintId);
    return complainedQuantities(complaint, orderService.load(complaint.orderId()));
  }

  /**
   * The warehouse received returned goods: per order line, never more than shipped (of the shipment
   * complained of, or of the whole order).
   */
  public void receiveReturn(
      long complaintId, LocalDate receivedOn, List<LineQuantity> lines, String userId) {
    List<FieldProblem> problems = new ArrayList<>();
    if (receivedOn == null) {
      problems.add(new FieldProblem("receivedOn", "请填写收货日期"));
    } else if (receivedOn.isAfter(today())) {
      problems.add(new FieldProblem("receivedOn", "收货日期不能晚于今天"));
    }
    Map<Integer, BigDecimal> returned = withinShipped(complaintId, lines, "退货", problems);
    InvalidRequestException.throwIfAny(problems);
    load(complaintId).returned(receivedOn, returned, userId, now());
  }

  /**
   * A rework's re-shipment: the reworked goods go out again as a shipment of the complained order,
   * per order line never more than shipped (of the shipment complained of, or of the whole order),
   * and the customer is mailed as for any shipment; all problems at once.
   *
   * @return the shipment's number
   */
  public String reship(
      long complaintId,
      List<LineQuantity> lines,
      TransportMode mode,
      Reshipment outbound,
      String userId) {
    Complaint complaint = load(complaintId);
    if (complaint.reshipmentId() != null) {
      return shipmentNumber(complaint.reshipmentId());
    }
    List<FieldProblem> problems = new ArrayList<>();
    Map<Integer, BigDecimal> reshipped = withinShipped(complaintId, lines, "补发", problems);
    if (mode == null) {
      problems.add(new FieldProblem("transportMode", "请选择运输方式：快递、汽运、海运或空运"));
    }
    OutboundRequest request =
        new OutboundRequest(
            reshipped.entrySet().stream()
                .map(line -> new OutboundRequest.Line(line.getKey(), line.getValue()))
                .toList(),
            outbound.carrier(),
            outbound.trackingNumber(),
            outbound.shippedOn());
    // the lines were checked above, row by row; the shipment adds carrier, number and date
    shipments.reshipmentProblems(complaint.orderId(), request).stream()
        .filter(problem -> !problem.field().startsWith("lines"))
        .forEach(problems::add);
    InvalidRequestException.throwIfAny(problems);
    long shipmentId =
        shipments.reship(
            complaint.orderId(),
            request,
            mode,
            "客诉 " + complaint.complaintNumber() + " 返工补发",
            userId);
    complaint.reshippedAs(shipmentId, userId, now());
    return shipmentNumber(shipmentId);
  }

  /** How the reworked goods went out: carrier, tracking number, day. */
  public record Reshipment(String carrier, String trackingNumber, LocalDate shippedOn) {}

  /**
   * The rows of goods ({@code what}: 退货, 补发) per order line, each a problem on its row when the
   * line does not exist, repeats, is not positive or exceeds what shipped.
   */
  private Map<Integer, BigDecimal> withinShipped(
      long complaintId, List<LineQuantity> lines, String what, List<FieldProblem> problems) {
    Map<Integer, BigDecimal> shipped = shippedQuantities(complaintId);
    if (lines.isEmpty()) {
      problems.add(new FieldProblem("lines", "请至少填写一行" + what));
    }
    Map<Integer, BigDecimal> rows = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      LineQuantity line = lines.get(i);
      BigDecimal most = shipped.get(line.lineNo());
      String field = "lines[" + i + "]";
      if (most == null) {
        problems.add(new FieldProblem(field, "没有第" + line.lineNo() + "行"));
      } else if (rows.containsKey(line.lineNo())) {
        problems.add(new FieldProblem(field, "第" + line.lineNo() + "行重复"));
      } else if (line.quantity().signum() <= 0) {
        problems.add(new FieldProblem(field, what + "数量必须大于0"));
      } else if (line.quantity().compareTo(most) > 0) {
        problems.add(
            new FieldProblem(
                field,
                what + "数量 " + Numbers.plain(line.quantity()) + " 超过已出货数量 " + Numbers.plain(most)));
      }
      rows.putIfAbsent(line.lineNo(), line.quantity());
    }
    return rows;
  }

  /** Goods of one order line, returned or re-shipped. */
  public record LineQuantity(int lineNo, BigDecimal quantity) {}

  public void checkReturn(long complaintId, String note, String userId) {
    if (blank(note)) {
      throw InvalidRequestException.of("returnCheckNote", "请记录退货检验结果");
    }
    load(complaintId).returnChecked(note.strip(), userId, now());
  }

  /** The customer confirmed the closure; the complaint is attributed. */
  public void confirmClosure(
      long complaintId,
      LocalDate confirmedOn,
      Attribution attribution,
      String note,
      String userId) {
    List<FieldProblem> problems = new ArrayList<>();
    if (confirmedOn == null) {
      problems.add(new FieldProblem("closureConfirmedOn", "请填写客户确认结案的日期"));
    } else if (confirmedOn.isAfter(today())) {
      problems.add(new FieldProblem("closureConfirmedOn", "确认日期不能晚于今天"));
    }
    if (attribution == null) {
      problems.add(new FieldProblem("attribution", "请选择责任归属"));
    }
    InvalidRequestException.throwIfAny(problems);
    load(complaintId).closed(confirmedOn, attribution, trim(note), userId, now());
  }

  /**
   * The same customer's complaints of the same category registered since this one was closed (the
   * verification period), as "number（date）：description".
   */
  public List<String> repeatComplaints(long complaintId) {
    Complaint complaint = load(complaintId);
    Instant since =
        complaint.closureConfirmedOn() == null
            ? complaint.createdAt()
            : complaint.closureConfirmedOn().atStartOfDay(clock.getZone()).toInstant();
    return complaints
        .findByCustomerIdAndCategoryAndCreatedAtAfterOrderById(
            complaint.customerId(), complaint.category(), since)
        .stream()
        .filter(other -> !other.id().equals(complaint.id()))
        .map(
            other ->
                other.complaintNumber()
                    + "（"
                    + LocalDate.ofInstant(other.createdAt(), clock.getZone())
                    + "）："
                    + other.description())
        .toList();
  }

  /** Quality's verdict; not effective reopens the investigation. */
  public void verify(long complaintId, boolean effective, String note, String userId) {
    if (!effective && blank(note)) {
      throw InvalidRequestException.of("verificationNote", "对策无效时请写明原因");
    }
    load(complaintId).verified(effective, trim(note), userId, now());
  }

  Optional<Complaint> find(IdOrNumber complaint) {
    return complaint.find(complaints::findById, complaints::findByComplaintNumber);
  }

  Optional<Complaint> findById(long complaintId) {
    return complaints.findById(complaintId);
  }

  /** The selected customers' complaints, optionally of one status and category, newest first. */
  ResultPage<Complaint> list(
      CustomerSelection customers, ComplaintStatus status, Category category, Paging paging) {
    return ListQuery.of(
            entityManager,
            Complaint.class,
            "select d from Complaint d",
            "select d.id from Complaint d",
            "d.id desc")
        .whereIn("d.customerId in :customers", "customers", customers.customerIds())
        .where("d.status = :status", "status", status)
        .where("d.category = :category", "category", category)
        .page(paging);
  }

  Complaint load(long complaintId) {
    return complaints
        .findById(complaintId)
        .orElseThrow(
            () -> new IllegalStateException("complaint " + complaintId + " does not exist"));
  }

  /** Per order line: what the shipment complained of shipped, or what the order has shipped. */
  private Map<Integer, BigDecimal> complainedQuantities(Complaint complaint, SalesOrder order) {
    Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
    if (complaint.shipmentId() != null) {
      quantities.putAll(shipments.shippedOf(complaint.shipmentId()));
    } else {
      order.lines().forEach(line -> quantities.put(line.lineNo(), line.shippedQuantity()));
    }
    return quantities;
  }

  /** The shipment's number, {@code XS-2026-00001-2}. */
  public String shipmentNumber(long shipmentId) {
    return shipment(shipmentId).orElseThrow().shipmentNumber();
  }

  private Optional<Shipment.ShipmentView> shipment(long shipmentId) {
    return shipments.find(
        IdOrNumber.parse(String.valueOf(shipmentId), Shipments.NUMBER, "shipmentId", "1"));
  }

  private static boolean ofCustomer(Long customerId, long documentCustomerId) {
    return customerId == null || customerId == documentCustomerId;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return blank(value) ? null : value.strip();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Instant now() {
    return clock.instant();
  }

  /** Quality's root cause and countermeasure; the lengths are the columns'. */
  public record Investigation(
      @NotBlank(message = "请写明根本原因") @Size(max = 2000, message = "长度不能超过{max}个字符") String rootCause,
      @NotBlank(message = "请写明纠正与预防对策") @Size(max = 2000, message = "长度不能超过{max}个字符")
          String countermeasure) {}

  /** A proposed disposition: its kind, what it costs (CNY, 0 for none), whether goods come back. */
  public record Disposition(
      @NotNull(message = "请选择处理方式") DispositionKind kind,
      @NotNull(message = "请填写金额（无费用填0）")
          @DecimalMin(value = "0", message = "金额不能为负")
          @Fits(Numbers.Column.AMOUNT)
          BigDecimal amountCny,
      @Size(max = 2000, message = "长度不能超过{max}个字符") String note,
      Boolean returnExpected) {}
}
