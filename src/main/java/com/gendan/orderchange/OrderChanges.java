package com.gendan.orderchange;

import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Numbers;
import com.gendan.shipment.Shipments;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved changes of an order (D6). A change is checked against the order and its shipments when
 * it is approved, kept as a row, and checked again when the order's process applies it (a batch may
 * have shipped in between).
 */
@Service
@Transactional
public class OrderChanges {

  private final OrderChangeRepository changes;
  private final OrderService orderService;
  private final Shipments shipments;
  private final Clock clock;

  OrderChanges(
      OrderChangeRepository changes, OrderService orderService, Shipments shipments, Clock clock) {
    this.changes = changes;
    this.orderService = orderService;
    this.shipments = shipments;
    this.clock = clock;
  }

  /** Records an approved change of an open order; answers its id for the order's process. */
  public long approve(long orderId, OrderChangeRequest request, String userId) {
    SalesOrder order = orderService.requireOpen(orderId, "变更");
    List<OrderChange.ChangedLine> lines = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < request.lines().size(); i++) {
      OrderChangeRequest.Line line = request.lines().get(i);
      String at = "lines[" + i + "]";
      if (!seen.add(line.lineNo())) {
        problems.add(new FieldProblem(at + ".lineNo", "第" + line.lineNo() + "行重复"));
      } else {
        lines.add(
            new OrderChange.ChangedLine(
                line.lineNo(), line.quantity(), line.requestedDate(), null));
      }
    }
    InvalidRequestException.throwIfAny(problems);
    OrderChange change =
        new OrderChange(orderId, null, request.reason().strip(), lines, userId, clock.instant());
    check(order, change.changes());
    return changes.save(change).id();
  }

  /**
   * Records the change a signed request asks for, checked again against the order as it is now (a
   * batch may have shipped while the request was signed); answers its id for the order's process.
   */
  long approveRequested(ChangeRequest request, String userId) {
    SalesOrder order = orderService.requireOpen(request.orderId(), "变更");
    Map<Integer, OrderService.LineChange> effective = effective(order, request.lines());
    List<OrderChange.ChangedLine> lines = new ArrayList<>();
    effective.forEach(
        (lineNo, c) ->
            lines.add(
                new OrderChange.ChangedLine(lineNo, c.quantity(), c.requestedDate(), c.spec())));
    check(order, effective);
    return changes
        .save(
            new OrderChange(
                request.orderId(),
                request.id(),
                request.requestNumber() + "：" + request.reason(),
                lines,
                userId,
                clock.instant()))
        .id();
  }

  /**
   * What is wrong with these changed lines on the order as it is now (a line it lacks, a quantity
   * below what has shipped or is finished, a date in the past), each named on {@code lines[i]}.
   */
  List<FieldProblem> problemsOf(SalesOrder order, List<ChangeRequest.Line> lines) {
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = lines.get(i).lineNo;
      if (order.line(lineNo).isEmpty()) {
        problems.add(new FieldProblem("lines[" + i + "].lineNo", "订单没有第" + lineNo + "行"));
      }
    }
    if (problems.isEmpty()) {
      try {
        check(order, effective(order, lines));
      } catch (InvalidRequestException e) {
        problems.addAll(e.problems());
      }
    }
    return problems;
  }

  /** The requested lines with what they leave out taken from the order. */
  private static Map<Integer, OrderService.LineChange> effective(
      SalesOrder order, List<ChangeRequest.Line> lines) {
    Map<Integer, OrderService.LineChange> changes = new LinkedHashMap<>();
    for (ChangeRequest.Line line : lines) {
      SalesOrderLine current = order.line(line.lineNo).orElseThrow();
      changes.put(
          line.lineNo,
          new OrderService.LineChange(
              line.quantity != null ? line.quantity : current.quantity(),
              line.requestedDate != null ? line.requestedDate : current.requestedDate(),
              line.spec));
    }
    return changes;
  }

  /**
   * Applies an approved change to the order's lines. Answers whether production must confirm the
   * changed plan.
   */
  boolean apply(OrderChange change, String userId) {
    if (change.applied()) {
      throw new IllegalStateException("order change " + change.id() + " is applied already");
    }
    check(orderService.load(change.orderId()), change.changes());
    boolean reconfirm =
        orderService.changeLines(change.orderId(), change.changes(), change.reason(), userId);
    change.applied(userId, clock.instant());
    return reconfirm;
  }

  OrderChange load(long changeId) {
    return changes
        .findById(changeId)
        .orElseThrow(
            () -> new IllegalStateException("order change " + changeId + " does not exist"));
  }

  /** A line cannot go below what has shipped plus what is finished and on its way in a batch. */
  private void check(SalesOrder order, Map<Integer, OrderService.LineChange> changes) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<Integer, BigDecimal> notOutYet = shipments.notOutYet(order.id());
    LocalDate today = LocalDate.now(clock);
    int i = 0;
    for (Map.Entry<Integer, OrderService.LineChange> entry : changes.entrySet()) {
      String at = "lines[" + i++ + "]";
      int lineNo = entry.getKey();
      BigDecimal quantity = entry.getValue().quantity();
      LocalDate date = entry.getValue().requestedDate();
      Optional<SalesOrderLine> line = order.line(lineNo);
      if (line.isEmpty()) {
        problems.add(new FieldProblem(at + ".lineNo", "订单没有第" + lineNo + "行"));
        continue;
      }
      BigDecimal shipped = line.get().shippedQuantity();
      BigDecimal finished = notOutYet.getOrDefault(lineNo, BigDecimal.ZERO);
      if (quantity.signum() <= 0) {
        problems.add(new FieldProblem(at + ".quantity", "数量必须大于0（整单不要了请走取消）"));
      } else if (!Numbers.fitsQuantity(quantity)) {
        problems.add(new FieldProblem(at + ".quantity", Numbers.QUANTITY_DIGITS));
      } else if (quantity.compareTo(shipped) < 0) {
        problems.add(new FieldProblem(at + ".quantity", "数量不能少于已出货的 " + Numbers.plain(shipped)));
      } else if (quantity.compareTo(shipped.add(finished)) < 0) {
        // Finished goods on their way in a batch cannot be unmade by a change.
        problems.add(
            new FieldProblem(
                at + ".quantity",
                "数量不能少于已出货 "
                    + Numbers.plain(shipped)
                    + " 加已完工待出货 "
                    + Numbers.plain(finished)
                    + " 共 "
                    + Numbers.plain(shipped.add(finished))));
      }
      if (date.isBefore(today) && !date.equals(line.get().requestedDate())) {
        problems.add(new FieldProblem(at + ".requestedDate", "交期不能早于今天"));
      }
    }
    InvalidRequestException.throwIfAny(problems);
  }
}
