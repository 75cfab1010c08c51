package com.gendan.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.gendan.NoTransactions;
import com.gendan.schedule.IsolatedLoop;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The due-date watch: an order that cannot be escalated does not stop the orders after it. */
class DueDateWatchTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final Shipments shipments = mock(Shipments.class);
  private final OrderExceptions exceptions = mock(OrderExceptions.class);
  private final TransportPlanner planner = mock(TransportPlanner.class);
  private final MeterRegistry meterRegistry = new SimpleMeterRegistry();
  private final DueDateWatch watch = new DueDateWatch(shipments, exceptions, planner,
      new NoTransactions(), new IsolatedLoop(meterRegistry), Clock.system(SHANGHAI));

  @Test
  void anOrderThatCannotBeEscalatedDoesNotStopTheOrdersAfterIt() {
    LocalDate today = LocalDate.now(SHANGHAI);
    Map<SalesOrder, Map<Integer, BigDecimal>> waiting = new LinkedHashMap<>();
    waiting.put(lateOrder(1L, today), Map.of(1, BigDecimal.TEN));
    waiting.put(lateOrder(2L, today), Map.of(1, BigDecimal.TEN));
    when(shipments.waitingOfShippableOrders()).thenReturn(waiting);
    when(exceptions.ordersWith(ExceptionKind.LATE, DueDateWatch.WATCHER)).thenReturn(Set.of());
    when(planner.earliestArrival(any())).thenReturn(today.plusDays(30));
    when(exceptions.raiseAndEscalate(eq(1L), eq(ExceptionKind.LATE), anyString(), anyString()))
        .thenThrow(new IllegalStateException("order 1 is locked"));
    when(exceptions.raiseAndEscalate(eq(2L), eq(ExceptionKind.LATE), anyString(), anyString()))
        .thenReturn(7L);

    assertThat(watch.watch()).isEqualTo(1);

    verify(exceptions).raiseAndEscalate(eq(2L), eq(ExceptionKind.LATE), anyString(), anyString());
    assertThat(meterRegistry.get(IsolatedLoop.FAILURES).tag("loop", "dueDateWatch").counter()
        .count()).isEqualTo(1);
  }

  /** A planned order whose one line is wanted in ten days. */
  private static SalesOrder lateOrder(long id, LocalDate today) {
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
