package com.gendan.shipment;

import com.gendan.customer.CustomerSelection;
import com.gendan.customer.CustomerView;
import com.gendan.data.IdOrNumber;
import com.gendan.data.ListQuery;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.order.OrderDecisions;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.problem.ConflictException;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Numbers;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments (SPEC D8): finished goods become a shipment with a transport proposal; the assistant
 * chooses the transport and the warehouse records what went out. An order may ship in several
 * batches; it is fulfilled when every line is shipped in full.
 */
@Service
@Transactional
public class Shipments {

  /** A shipment's number, {@code XS-2026-00001-2}: its order's number and its batch. */
  public static final Pattern NUMBER = Pattern.compile("XS-[0-9]{4}-[0-9]{5,9}-[0-9]{1,4}");

  private final ShipmentRepository shipments;
  private final OrderService orderService;
  private final TransportPlanner planner;
  private final ShipmentMails mails;
  private final Validator validator;
  private final Clock clock;
  private final EntityManager entityManager;

  Shipments(
      ShipmentRepository shipments,
      OrderService orderService,
      TransportPlanner planner,
      ShipmentMails mails,
      Validator validator,
      Clock clock,
      EntityManager entityManager) {
    this.entityManager = entityManager;
    this.validator = validator;
    this.mails = mails;
    this.shipments = shipments;
    this.orderService = orderService;
    this.planner = planner;
    this.clock = clock;
  }

  /**
   * Production reports finished quantities per order line (line number to quantity): a new
   * shipment, with the transport proposed for the earliest requested date among its lines.
   */
  long goodsReady(long orderId, Map<Integer, BigDecimal> quantities, String note, String userId) {
    SalesOrder order = orderService.load(orderId);
    if (!order.status().canShip()) {
      throw new ConflictException(
          "订单" + order.orderNumber() + "当前状态为“" + order.status().label() + "”，生产计划确认后才能报告完工出货",
          List.of(new FieldProblem("orderId", "订单状态为" + order.status().label())));
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (quantities.isEmpty()) {
      problems.add(new FieldProblem("lines", "请至少报告一行完工数量"));
    }
    Map<Integer, BigDecimal> inFlight = shipments.notOutYet(orderId);
    List<ShipmentLine> lines = new ArrayList<>();
    quantities.forEach(
        (lineNo, quantity) -> {
          String at = "lines[lineNo=" + lineNo + "]";
          Optional<SalesOrderLine> line = order.line(lineNo);
          if (line.isEmpty()) {
            problems.add(new FieldProblem(at + ".lineNo", "订单没有第" + lineNo + "行"));
            return;
          }
          BigDecimal open =
              line.get().outstanding().subtract(inFlight.getOrDefault(lineNo, BigDecimal.ZERO));
          if (quantity == null || quantity.signum() <= 0) {
            problems.add(new FieldProblem(at + ".quantity", "完工数量必须大于0"));
          } else if (!Numbers.fitsQuantity(quantity)) {
            problems.add(new FieldProblem(at + ".quantity", Numbers.QUANTITY_DIGITS));
          } else if (quantity.compareTo(open) > 0) {
            problems.add(
                new FieldProblem(
                    at + ".quantity",
                    "超过第" + lineNo + "行待出货数量 " + Numbers.plain(open.max(BigDecimal.ZERO))));
          } else {
            lines.add(new ShipmentLine(lineNo, line.get().productCode(), quantity));
          }
        });
    InvalidRequestException.throwIfAny(problems);
    CustomerView customer = orderService.customerOf(order);
    boolean consignment = Boolean.TRUE.equals(customer.consignment());
    Shipment shipment =
        shipments.save(
            new Shipment(
                orderId,
                order.customerId(),
                shipments.countByOrderId(orderId) + 1,
                consignment ? ShipmentDocument.STOCK_TRANSFER : ShipmentDocument.OUTBOUND_DELIVERY,
                note == null || note.isBlank() ? null : note.strip(),
                planner.propose(customer.region(), today(), dueBy(order, lines)),
                lines,
                userId,
                now()));
    orderService.note(
        orderId,
        "第" + shipment.shipmentNo() + "批完工待出货：" + describe(shipment, ShipmentLine::readyQuantity),
        userId);
    return shipment.id();
  }

  /** The longest note quality may give on an inspection, as the column allows. */
  static final int INSPECTION_NOTE_LENGTH = 1000;

  /**
   * Quality's outgoing inspection of a batch: passed, it goes on to its stock preparation notice;
   * held, its goods go back to production (the order's process raises a quality exception) and no
   * longer count as on their way. A hold needs the reason.
   */
  void inspect(
      long shipmentId, OrderDecisions.InspectionResult result, String note, String userId) {
    String reason = note == null || note.isBlank() ? null : note.strip();
    List<FieldProblem> problems = new ArrayList<>();
    if (result == null) {
      problems.add(new FieldProblem("inspectionResult", "请选择检验结果：合格放行或不合格扣留"));
    }
    if (result == OrderDecisions.InspectionResult.HOLD && reason == null) {
      problems.add(new FieldProblem("inspectionNote", "扣留请写明不合格的情况"));
    }
    if (reason != null && reason.length() > INSPECTION_NOTE_LENGTH) {
      problems.add(new FieldProblem("inspectionNote", "最多 " + INSPECTION_NOTE_LENGTH + " 个字"));
    }
    InvalidRequestException.throwIfAny(problems);
    Shipment shipment = load(shipmentId);
    shipment.inspect(result, reason, userId, now());
    orderService.note(
        shipment.orderId(),
        "第"
            + shipment.shipmentNo()
            + "批出货检验："
            + result.label()
            + (reason == null ? "" : "（" + reason + "）"),
        userId);
  }

  /** A held batch as production reads it in the quality exception it becomes. */
  @Transactional(readOnly = true)
  public HeldBatch held(long shipmentId) {
    Shipment shipment = load(shipmentId);
    if (shipment.status() != ShipmentStatus.HELD) {
      throw new IllegalStateException("shipment " + shipmentId + " is not held");
    }
    return new HeldBatch(
        shipment.orderId(),
        "第"
            + shipment.shipmentNo()
            + "批出货检验不合格，已扣留退回生产："
            + shipment.inspectionNote()
            + "（"
            + describe(shipment, ShipmentLine::readyQuantity)
            + "）");
  }

  /** A batch quality held: its order, and what production is told. */
  public record HeldBatch(long orderId, String description) {}

  /** The assistant's transport choice. */
  void chooseTransport(long shipmentId, TransportMode chosen, String userId) {
    load(shipmentId).chooseTransport(chosen, userId, now());
  }

  /**
   * The warehouse's outbound delivery (or stock transfer). Answers whether the order is now shipped
   * in full.
   */
  boolean recordOutbound(long shipmentId, OutboundRequest request, String userId) {
    // The request's own rules and the batch's are told together, as one form's answer.
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
    Shipment shipment = load(shipmentId);
    SalesOrder order = orderService.load(shipment.orderId());
    Map<Integer, BigDecimal> shipped =
        shippedQuantities(shipment, order, request.lines(), problems);
    LocalDate on = request.shippedOn();
    LocalDate readyOn = shipment.readyOn(clock.getZone());
    if (on != null && on.isAfter(today())) {
      problems.add(new FieldProblem("shippedOn", "出货日期不能晚于今天"));
    } else if (on != null && on.isBefore(readyOn)) {
      problems.add(new FieldProblem("shippedOn", "出货日期不能早于完工日期 " + readyOn));
    }
    InvalidRequestException.throwIfAny(problems);
    String carrier = request.carrier().strip();
    String trackingNumber = request.trackingNumber().strip();
    shipment.lines().forEach(l -> l.ship(shipped.getOrDefault(l.lineNo(), BigDecimal.ZERO)));
    shipment.ship(carrier, trackingNumber, on, userId, now());
    return orderService.recordShipped(order.id(), shipped, outboundNote(shipment), userId);
  }

  /**
   * Everything wrong with a re-shipment of the order's goods, all at once: the request's own rules,
   * order lines that do not exist, nothing to ship, a date after today.
   */
  @Transactional(readOnly = true)
  public List<FieldProblem> reshipmentProblems(long orderId, OutboundRequest request) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
    SalesOrder order = orderService.load(orderId);
    List<OutboundRequest.Line> lines = request.lines() == null ? List.of() : request.lines();
    for (int i = 0; i < lines.size(); i++) {
      OutboundRequest.Line line = lines.get(i);
      if (line != null && line.lineNo() != null && order.line(line.lineNo()).isEmpty()) {
        problems.add(new FieldProblem("lines[" + i + "]", "订单没有第" + line.lineNo() + "行"));
      }
    }
    if (!lines.isEmpty()
        && lines.stream()
            .allMatch(l -> l != null && l.quantity() != null && l.quantity().signum() == 0)) {
      problems.add(new FieldProblem("lines", "补发数量不能全部为0"));
    }
    if (request.shippedOn() != null && request.shippedOn().isAfter(today())) {
      problems.add(new FieldProblem("shippedOn", "出货日期不能晚于今天"));
    }
    return problems;
  }

  /**
   * Goods a complaint's rework sends again (SPEC D9): a shipment of the order, out at once, that
   * the order's history names with {@code reason} and the customer is mailed about like any
   * shipment. What the order counts as shipped does not change: the goods replace goods the
   * customer had. Answers the shipment's id.
   */
  public long reship(
      long orderId, OutboundRequest request, TransportMode mode, String reason, String userId) {
    InvalidRequestException.throwIfAny(reshipmentProblems(orderId, request));
    SalesOrder order = orderService.load(orderId);
    CustomerView customer = orderService.customerOf(order);
    List<ShipmentLine> lines =
        request.lines().stream()
            .filter(l -> l.quantity().signum() > 0)
            .map(
                l ->
                    new ShipmentLine(
                        l.lineNo(),
                        order.line(l.lineNo()).orElseThrow().productCode(),
                        l.quantity()))
            .toList();
    Shipment shipment =
        shipments.save(
            Shipment.reshipment(
                orderId,
                order.customerId(),
                shipments.countByOrderId(orderId) + 1,
                Boolean.TRUE.equals(customer.consignment())
                    ? ShipmentDocument.STOCK_TRANSFER
                    : ShipmentDocument.OUTBOUND_DELIVERY,
                reason,
                lines,
                new Shipment.Outbound(
                    mode,
                    request.carrier().strip(),
                    request.trackingNumber().strip(),
                    request.shippedOn()),
                userId,
                now()));
    orderService.note(orderId, reason + "：" + outboundNote(shipment), userId);
    mails.reshipmentToCustomer(shipment, reason);
    return shipment.id();
  }

  /**
   * The order was cancelled: shipments not yet out are void. A batch that went out just before is
   * still told to the customer: the cancellation ends the job that would have mailed it (the outbox
   * sends each shipment's mail once, so told batches are not re-sent).
   */
  public void orderCancelled(long orderId, String userId) {
    List<Shipment> ofOrder = shipments.findByOrderIdOrderByShipmentNo(orderId);
    ofOrder.stream()
        .filter(s -> ShipmentStatus.NOT_OUT_YET.contains(s.status()))
        .forEach(s -> s.cancel(userId, now()));
    ofOrder.stream()
        .filter(s -> s.status() == ShipmentStatus.SHIPPED)
        .forEach(mails::shipmentToCustomer);
  }

  /**
   * What went out with the shipment, per order line (nothing for a shipment still waiting): for a
   * complaint's returned goods, which never exceed it.
   */
  @Transactional(readOnly = true)
  public Map<Integer, BigDecimal> shippedOf(long shipmentId) {
    Map<Integer, BigDecimal> shipped = new java.util.LinkedHashMap<>();
    load(shipmentId).lines().stream()
        .filter(line -> line.shippedQuantity() != null)
        .forEach(line -> shipped.merge(line.lineNo(), line.shippedQuantity(), BigDecimal::add));
    return shipped;
  }

  /** Ready quantities of the order's shipments that have not gone out yet, per order line. */
  @Transactional(readOnly = true)
  public Map<Integer, BigDecimal> notOutYet(long orderId) {
    return shipments.notOutYet(orderId);
  }

  /** The shipment's number, {@link #NUMBER}. */
  String number(Shipment shipment) {
    return Shipment.number(
        orderService.load(shipment.orderId()).orderNumber(), shipment.shipmentNo());
  }

  /** The batch as the forms show it, one order line a row. */
  String summary(Shipment shipment) {
    SalesOrder order = orderService.load(shipment.orderId());
    return shipment.lines().stream()
        .map(
            l -> {
              SalesOrderLine line = order.line(l.lineNo()).orElseThrow();
              return "第"
                  + l.lineNo()
                  + "行 "
                  + l.productCode()
                  + (line.spec() == null ? "" : "（" + line.spec() + "）")
                  + " 完工 "
                  + Numbers.plain(l.readyQuantity())
                  + "，订单数量 "
                  + Numbers.plain(line.quantity())
                  + "，已出货 "
                  + Numbers.plain(line.shippedQuantity())
                  + "，交期 "
                  + line.requestedDate();
            })
        .collect(Collectors.joining("\n"));
  }

  /** The outbound form's quantities, prefilled with what production finished. */
  static String readyRows(Shipment shipment) {
    return shipment.lines().stream()
        .map(l -> l.lineNo() + " " + Numbers.plain(l.readyQuantity()))
        .collect(Collectors.joining("\n"));
  }

  /** The comparison behind the shipment's proposed mode, as of the day the goods were ready. */
  String transportProposal(Shipment shipment) {
    SalesOrder order = orderService.load(shipment.orderId());
    return planner
        .propose(
            orderService.customerOf(order).region(),
            shipment.readyOn(clock.getZone()),
            dueBy(order, shipment.lines()))
        .text();
  }

  /** The earliest requested date among the order lines of a batch: the date it must meet. */
  private static LocalDate dueBy(SalesOrder order, List<ShipmentLine> lines) {
    return lines.stream()
        .map(l -> order.line(l.lineNo()).orElseThrow().requestedDate())
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  /**
   * Lines of orders that can ship and still wait for this product, for a shortage allocation:
   * order, customer, requested date and the quantity still open (neither shipped nor already on its
   * way in a shipment).
   */
  @Transactional(readOnly = true)
  public List<OpenLine> openLinesOf(String productCode) {
    List<OpenLine> open = new ArrayList<>();
    waitingOfShippableOrders()
        .forEach(
            (order, waiting) ->
                waiting.forEach(
                    (lineNo, quantity) -> {
                      SalesOrderLine line = order.line(lineNo).orElseThrow();
                      if (line.productCode().equals(productCode)) {
                        open.add(
                            new OpenLine(
                                order.id(),
                                order.orderNumber(),
                                order.customerId(),
                                lineNo,
                                line.productCode(),
                                line.requestedDate(),
                                quantity));
                      }
                    }));
    return open;
  }

  /**
   * Every order that can ship, with what each of its lines still waits for: neither shipped nor on
   * its way in a shipment. Lines that wait for nothing are left out.
   */
  public Map<SalesOrder, Map<Integer, BigDecimal>> waitingOfShippableOrders() {
    Map<Long, Map<Integer, BigDecimal>> inFlight = shipments.notOutYet();
    Map<SalesOrder, Map<Integer, BigDecimal>> waiting = new LinkedHashMap<>();
    for (SalesOrder order : orderService.shippable()) {
      waiting.put(order, waiting(order, inFlight.getOrDefault(order.id(), Map.of())));
    }
    return waiting;
  }

  /** What each line of the order still waits for (see {@link #waitingOfShippableOrders()}). */
  public Map<Integer, BigDecimal> waitingOf(SalesOrder order) {
    return waiting(order, shipments.notOutYet(order.id()));
  }

  private static Map<Integer, BigDecimal> waiting(
      SalesOrder order, Map<Integer, BigDecimal> onTheWay) {
    Map<Integer, BigDecimal> lines = new LinkedHashMap<>();
    order
        .lines()
        .forEach(
            l -> {
              BigDecimal open =
                  l.outstanding().subtract(onTheWay.getOrDefault(l.lineNo(), BigDecimal.ZERO));
              if (open.signum() > 0) {
                lines.put(l.lineNo(), open);
              }
            });
    return lines;
  }

  /** An order line still waiting for goods. */
  public record OpenLine(
      long orderId,
      String orderNumber,
      long customerId,
      int lineNo,
      String productCode,
      LocalDate requestedDate,
      BigDecimal outstanding) {}

  /** The shipment by its id or its number ({@link #NUMBER}), as the API shows it. */
  @Transactional(readOnly = true)
  public Optional<Shipment.ShipmentView> find(IdOrNumber shipment) {
    return shipment
        .find(shipments::findById, this::findByNumber)
        .map(s -> s.toView(orderService.load(s.orderId()).orderNumber()));
  }

  private Optional<Shipment> findByNumber(String number) {
    int batch = number.lastIndexOf('-');
    return orderService
        .findByNumber(number.substring(0, batch))
        .flatMap(
            order ->
                shipments.findByOrderIdAndShipmentNo(
                    order.id(), Integer.parseInt(number.substring(batch + 1))));
  }

  /** The selected customers' shipments, optionally of one status, newest first. */
  @Transactional(readOnly = true)
  public ResultPage<Shipment.ShipmentView> list(
      CustomerSelection customers, ShipmentStatus status, Paging paging) {
    ResultPage<Shipment> page =
        ListQuery.documents(entityManager, Shipment.class, customers.customerIds(), status, paging);
    Map<Long, String> orderNumbers =
        orderService.numbersOf(page.items().stream().map(Shipment::orderId).toList());
    return page.map(s -> s.toView(orderNumbers.get(s.orderId())));
  }

  public List<Shipment> ofOrder(long orderId) {
    return shipments.findByOrderIdOrderByShipmentNo(orderId);
  }

  public Shipment load(long shipmentId) {
    return shipments
        .findById(shipmentId)
        .orElseThrow(() -> new IllegalStateException("shipment " + shipmentId + " does not exist"));
  }

  private Map<Integer, BigDecimal> shippedQuantities(
      Shipment shipment,
      SalesOrder order,
      List<OutboundRequest.Line> lines,
      List<FieldProblem> problems) {
    Map<Integer, BigDecimal> shipped = new LinkedHashMap<>();
    for (int i = 0; lines != null && i < lines.size(); i++) {
      String at = "lines[" + i + "]";
      Integer no = lines.get(i) == null ? null : lines.get(i).lineNo();
      BigDecimal quantity = lines.get(i) == null ? null : lines.get(i).quantity();
      if (no == null || quantity == null || quantity.signum() < 0) {
        continue; // named by the request's own rules
      }
      Optional<ShipmentLine> batchLine =
          shipment.lines().stream().filter(l -> l.lineNo() == no).findFirst();
      if (batchLine.isEmpty()) {
        problems.add(new FieldProblem(at + ".lineNo", "本批没有订单第" + no + "行"));
      } else if (shipped.containsKey(no)) {
        problems.add(new FieldProblem(at + ".lineNo", "订单第" + no + "行重复"));
      } else if (quantity.compareTo(batchLine.get().readyQuantity()) > 0) {
        // More than this batch's finished goods would take what another batch is shipping.
        problems.add(
            new FieldProblem(
                at + ".quantity",
                "超过本批订单第" + no + "行完工数量 " + Numbers.plain(batchLine.get().readyQuantity())));
      } else if (quantity.compareTo(order.line(no).orElseThrow().outstanding()) > 0) {
        problems.add(
            new FieldProblem(
                at + ".quantity",
                "超过订单第"
                    + no
                    + "行待出货数量 "
                    + Numbers.plain(order.line(no).orElseThrow().outstanding())));
      } else {
        shipped.put(no, quantity);
      }
    }
    if (problems.isEmpty()
        && !shipped.isEmpty()
        && shipped.values().stream().allMatch(q -> q.signum() == 0)) {
      problems.add(new FieldProblem("lines", "实发数量不能全部为0"));
    }
    return shipped;
  }

  /** What the order's history says of a batch that went out: its document, goods and tracking. */
  private static String outboundNote(Shipment shipment) {
    return "第"
        + shipment.shipmentNo()
        + "批"
        + shipment.documentKind().label()
        + "："
        + describe(shipment, ShipmentLine::shippedQuantity)
        + "，"
        + shipment.carrier()
        + " "
        + shipment.trackingNumber();
  }

  private static String describe(Shipment shipment, Function<ShipmentLine, BigDecimal> quantity) {
    return shipment.lines().stream()
        .filter(l -> quantity.apply(l) != null && quantity.apply(l).signum() > 0)
        .map(
            l -> "第" + l.lineNo() + "行 " + l.productCode() + " " + Numbers.plain(quantity.apply(l)))
        .collect(Collectors.joining("，"));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Instant now() {
    return clock.instant();
  }
}
