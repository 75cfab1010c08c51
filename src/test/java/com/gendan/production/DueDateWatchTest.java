package com.gendan.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.NoTransactions;
import com.gendan.customer.AddressKind;
import com.gendan.customer.CustomerAddress;
import com.gendan.customer.CustomerView;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.schedule.IsolatedLoop;
import com.gendan.shipment.Shipments;
import com.gendan.shipment.TransportPlanner;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The due-date watch: an order that cannot be escalated does not stop the orders after it, and an
 * order another node escalated meanwhile is left to that node.
 */
class DueDateWatchTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** A customer in 华东, whose orders the watch reads. */
  static final CustomerView SUZHOU =
      new CustomerView(
          1L,
          "C001",
          "苏州客户",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          List.of(),
          List.of(new CustomerAddress(AddressKind.SHIPPING, "江苏省苏州市工业园区")));

  private final Shipments shipments = mock(Shipments.class);
  private final OrderService orderService = mock(OrderService.class);
  private final OrderExceptions exceptions = mock(OrderExceptions.class);
  private final TransportPlanner planner = mock(TransportPlanner.class);
  private final MeterRegistry meterRegistry = new SimpleMeterRegistry();
  private final DueDateWatch watch =
      new DueDateWatch(
          shipments,
          orderService,
          exceptions,
          planner,
          new NoTransactions(),
          new IsolatedLoop(meterRegistry),
          Clock.system(SHANGHAI));
  private final LocalDate today = LocalDate.now(SHANGHAI);

  @Test
  void anOrderThatCannotBeEscalatedDoesNotStopTheOrdersAfterIt() {
    lateOrders(1L, 2L);
    when(raised(1L)).thenThrow(new IllegalStateException("order 1 is locked"));
    when(raised(2L)).thenReturn(7L);

    assertThat(watch.watch()).isEqualTo(1);

    verify(exceptions)
        .raiseAndEscalate(
            eq(2L),
            eq(ExceptionKind.LATE),
            anyString(),
            anyString(),
            eq(DueDateWatch.eventKey(2L)));
    assertThat(failures()).isEqualTo(1);
  }

  @Test
  void anOrderAnotherNodeEscalatedMeanwhileIsLeftToItAndIsNoFailure() {
    assertThat(failuresWhenTheInsertIsRefused("uk_order_exception_event_key", true)).isZero();
  }

  @Test
  void anotherConstraintViolationIsAFailure() {
    assertThat(failuresWhenTheInsertIsRefused("fk_order_exception_order", false)).isEqualTo(1);
  }

  /**
   * Watches one late order whose exception the database refuses; answers the failures counted.
   *
   * @param raisedElsewhere whether the watch's exception of the order exists (another node's)
   */
  private double failuresWhenTheInsertIsRefused(String constraint, boolean raisedElsewhere) {
    lateOrders(1L);
    when(raised(1L)).thenThrow(new DataIntegrityViolationException(constraint));
    when(exceptions.raised(DueDateWatch.eventKey(1L))).thenReturn(raisedElsewhere);

    assertThat(watch.watch()).isZero();
    return failures();
  }

  private long raised(long orderId) {
    return exceptions.raiseAndEscalate(
        eq(orderId), eq(ExceptionKind.LATE), anyString(), anyString(), anyString());
  }

  private double failures() {
    Counter counter =
        meterRegistry.find(IsolatedLoop.FAILURES).tag("loop", "dueDateWatch").counter();
    return counter == null ? 0 : counter.count();
  }

  /** Planned orders whose one line is wanted in ten days and cannot arrive before thirty. */
  private void lateOrders(long... ids) {
    Map<SalesOrder, Map<Integer, BigDecimal>> waiting = new LinkedHashMap<>();
    for (long id : ids) {
      waiting.put(lateOrder(id), Map.of(1, BigDecimal.TEN));
    }
    when(shipments.waitingOfShippableOrders()).thenReturn(waiting);
    when(exceptions.ordersWith(ExceptionKind.LATE, DueDateWatch.WATCHER)).thenReturn(Set.of());
    when(planner.earliestArrival(any(), any())).thenReturn(today.plusDays(30));
    when(orderService.customerOf(any())).thenReturn(SUZHOU);
  }

  private SalesOrder lateOrder(long id) {
    SalesOrderLine line = mock(SalesOrderLine.class);
    when(line.lineNo()).thenReturn(1);
    when(line.productCode()).thenReturn("P-00" + id);
    when(line.requestedDate()).thenReturn(today.plusDays(10));
    SalesOrder order = mock(SalesOrder.class);
    when(order.id()).thenReturn(id);
    when(order.orderNumber()).thenReturn("SO-" + id);
    when(order.plannedCompletionDate()).thenReturn(today.plusDays(5));
    when(order.line(1)).thenReturn(Optional.of(line));
    return order;
  }
}
