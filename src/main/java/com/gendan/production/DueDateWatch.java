package com.gendan.production;

import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.process.Actors;
import com.gendan.process.Numbers;
import com.gendan.schedule.IsolatedLoop;
import com.gendan.shipment.Shipments;
import com.gendan.shipment.TransportPlanner;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A due date that will be missed is a production exception too (SPEC D7): every so often
 * (gendan.order.due-date-watch) the planned orders are checked, and an order with a line that
 * cannot reach the customer by its requested date — finished at the planned completion date (or
 * today, if later), handled and sent by the fastest transport to the customer's region — is
 * escalated to top management like any exception production raises. Once per order: top
 * management's decision covers it. The same check runs at once when production confirms a plan
 * ({@link #checkNow}), so a planned completion that misses a requested date is escalated then, not
 * at the next watch.
 *
 * <p>Every node of a cluster runs the watch. Each order's exception carries the event key {@link
 * #eventKey}, unique in the database: a node that read the order as late while another escalated it
 * finds the key taken, saves nothing and leaves the order to the other node's exception.
 */
@Component
public class DueDateWatch {

  /** Who raised the exceptions this watch raises. */
  static final String WATCHER = Actors.SYSTEM;

  private static final Logger LOG = LoggerFactory.getLogger(DueDateWatch.class);

  private final Shipments shipments;
  private final OrderService orderService;
  private final OrderExceptions exceptions;
  private final TransportPlanner planner;
  private final IsolatedLoop loop;
  private final TransactionTemplate readOnly;
  private final Clock clock;

  DueDateWatch(
      Shipments shipments,
      OrderService orderService,
      OrderExceptions exceptions,
      TransportPlanner planner,
      PlatformTransactionManager transactions,
      IsolatedLoop loop,
      Clock clock) {
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.shipments = shipments;
    this.orderService = orderService;
    this.exceptions = exceptions;
    this.planner = planner;
    this.loop = loop;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${gendan.order.due-date-watch:PT1H}",
      initialDelayString = "${gendan.order.due-date-watch:PT1H}")
  void watchRegularly() {
    watch();
  }

  /** Escalates every order that will now miss a due date; answers how many it escalated. */
  public int watch() {
    return escalate(late());
  }

  /** The planned orders that will now miss a due date and are not escalated yet. */
  List<Late> late() {
    return readOnly.execute(status -> findLate());
  }

  /**
   * Escalates each order in its own transaction, so one failure stops no other. An order that fails
   * saves nothing; the next run tries it again.
   */
  int escalate(List<Late> late) {
    return loop.forEach(
        "dueDateWatch",
        late,
        order -> "order " + order.orderNumber(),
        order -> {
          String eventKey = eventKey(order.orderId());
          try {
            long exceptionId =
                exceptions.raiseAndEscalate(
                    order.orderId(), ExceptionKind.LATE, order.description(), WATCHER, eventKey);
            LOG.info(
                "Order {} will miss its due date: exception {} escalated",
                order.orderNumber(),
                exceptionId);
            return true;
          } catch (DataIntegrityViolationException e) {
            if (!exceptions.raised(eventKey)) {
              throw e;
            }
            LOG.info(
                "Order {} will miss its due date: escalated already, by another node",
                order.orderNumber());
            return false;
          }
        });
  }

  /** The one exception the watch raises about an order. */
  static String eventKey(long orderId) {
    return "dueDateWatch:order:" + orderId;
  }

  /**
   * Checks one order at once, in the caller's transaction: production just confirmed its plan, and
   * a planned completion that will miss a requested date is escalated now rather than at the next
   * watch. Answers whether it raised the exception; an order escalated before is left alone.
   */
  public boolean checkNow(long orderId) {
    SalesOrder order = orderService.load(orderId);
    if (exceptions.raised(eventKey(orderId))) {
      return false;
    }
    Optional<Late> late =
        lateness(order, shipments.waitingOf(order), LocalDate.now(clock), "确认生产计划时检查");
    late.ifPresent(
        found -> {
          long exceptionId =
              exceptions.raiseAndEscalate(
                  orderId, ExceptionKind.LATE, found.description(), WATCHER, eventKey(orderId));
          LOG.info(
              "Order {} planned to miss its due date: exception {} escalated",
              order.orderNumber(),
              exceptionId);
        });
    return late.isPresent();
  }

  private List<Late> findLate() {
    LocalDate today = LocalDate.now(clock);
    List<Late> late = new ArrayList<>();
    Set<Long> escalated = exceptions.ordersWith(ExceptionKind.LATE, WATCHER);
    shipments
        .waitingOfShippableOrders()
        .forEach(
            (order, waiting) -> {
              if (!escalated.contains(order.id())) {
                lateness(order, waiting, today, "系统检查").ifPresent(late::add);
              }
            });
    return late;
  }

  /**
   * Whether the order, finished at its planned completion date (or today, if later), handled and
   * sent by the fastest transport to the customer's region, reaches the customer after a waiting
   * line's requested date.
   */
  private Optional<Late> lateness(
      SalesOrder order, Map<Integer, BigDecimal> waiting, LocalDate today, String how) {
    if (order.plannedCompletionDate() == null) {
      return Optional.empty();
    }
    LocalDate finished =
        order.plannedCompletionDate().isAfter(today) ? order.plannedCompletionDate() : today;
    LocalDate arrival = planner.earliestArrival(orderService.customerOf(order).region(), finished);
    List<String> missed = new ArrayList<>();
    waiting.forEach(
        (lineNo, quantity) -> {
          SalesOrderLine line = order.line(lineNo).orElseThrow();
          if (arrival.isAfter(line.requestedDate())) {
            missed.add(
                "第"
                    + line.lineNo()
                    + "行 "
                    + line.productCode()
                    + " 待交 "
                    + Numbers.plain(quantity)
                    + "，交期 "
                    + line.requestedDate());
          }
        });
    if (missed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Late(
            order.id(),
            order.orderNumber(),
            "交期将延误（"
                + how
                + "）：计划完工 "
                + order.plannedCompletionDate()
                + "，出库后按发往客户所在地区最快的运输方式计，最早 "
                + arrival
                + " 到货，晚于 "
                + String.join("；", missed)
                + "。"));
  }

  record Late(long orderId, String orderNumber, String description) {}
}
