package com.gendan.production;

import com.gendan.order.SalesOrderLine;
import com.gendan.process.Actors;
import com.gendan.process.Numbers;
import com.gendan.schedule.IsolatedLoop;
import com.gendan.shipment.Shipments;
import com.gendan.shipment.TransportPlanner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * today, if later), handled and sent by the fastest transport — is escalated to top management like
 * any exception production raises. Once per order: top management's decision covers it.
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
  private final OrderExceptions exceptions;
  private final TransportPlanner planner;
  private final IsolatedLoop loop;
  private final TransactionTemplate readOnly;
  private final Clock clock;

  DueDateWatch(
      Shipments shipments,
      OrderExceptions exceptions,
      TransportPlanner planner,
      PlatformTransactionManager transactions,
      IsolatedLoop loop,
      Clock clock) {
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.shipments = shipments;
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

  private List<Late> findLate() {
    LocalDate today = LocalDate.now(clock);
    List<Late> late = new ArrayList<>();
    Set<Long> escalated = exceptions.ordersWith(ExceptionKind.LATE, WATCHER);
    shipments
        .waitingOfShippableOrders()
        .forEach(
            (order, waiting) -> {
              if (order.plannedCompletionDate() == null || escalated.contains(order.id())) {
                return;
              }
              LocalDate finished =
                  order.plannedCompletionDate().isAfter(today)
                      ? order.plannedCompletionDate()
                      : today;
              LocalDate arrival = planner.earliestArrival(finished);
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
              if (!missed.isEmpty()) {
                late.add(
                    new Late(
                        order.id(),
                        order.orderNumber(),
                        "交期将延误（系统检查）：计划完工 "
                            + order.plannedCompletionDate()
                            + "，出库后按最快运输方式计，最早 "
                            + arrival
                            + " 到货，晚于 "
                            + String.join("；", missed)
                            + "。"));
              }
            });
    return late;
  }

  record Late(long orderId, String orderNumber, String description) {}
}
