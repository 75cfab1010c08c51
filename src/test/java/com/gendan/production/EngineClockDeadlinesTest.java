package com.gendan.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.NoTransactions;
import com.gendan.ProcessTestEngine;
import com.gendan.order.OrderDeadlines;
import com.gendan.order.OrderProperties;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.schedule.IsolatedLoop;
import com.gendan.shipment.Shipments;
import com.gendan.shipment.ShippingProperties;
import com.gendan.shipment.TransportMode;
import com.gendan.shipment.TransportPlanner;
import com.gendan.time.EngineClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gendan's clock is the engine's: the fixed "now" of a process test and every move of the engine
 * clock (passing a timer) move the order deadlines and the due-date watch's decision with it.
 */
class EngineClockDeadlinesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Friday 4 December 2026, 17:00 in Shanghai. */
  private static final Instant NOW =
      ZonedDateTime.of(2026, 12, 4, 17, 0, 0, 0, SHANGHAI).toInstant();

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private final EngineClock clock = new EngineClock(SHANGHAI);
  private final OrderDeadlines deadlines =
      new OrderDeadlines(
          new OrderProperties(
              BigDecimal.valueOf(1000),
              Duration.ofHours(24),
              Period.ofDays(2),
              Duration.ofDays(2),
              Period.ofDays(1),
              Period.ofDays(1),
              Period.ofDays(2),
              Period.ofDays(1),
              Period.ofDays(1),
              Period.ofDays(1),
              Period.ofDays(2),
              Period.ofDays(1)),
          clock);

  private final Shipments shipments = mock(Shipments.class);
  private final OrderService orderService = mock(OrderService.class);
  private final OrderExceptions exceptions = mock(OrderExceptions.class);
  private final DueDateWatch watch =
      new DueDateWatch(
          shipments,
          orderService,
          exceptions,
          new TransportPlanner(
              new ShippingProperties(
                  Map.of(
                      TransportMode.AIR, new ShippingProperties.Mode(BigDecimal.valueOf(3000)),
                      TransportMode.TRUCK, new ShippingProperties.Mode(BigDecimal.valueOf(800))),
                  1),
              region -> Map.of(TransportMode.AIR, 1, TransportMode.TRUCK, 3)),
          new NoTransactions(),
          new IsolatedLoop(new SimpleMeterRegistry()),
          clock);

  @Test
  void deadlinesAreCountedFromTheEngineClock() {
    assertThat(clock.instant()).isEqualTo(NOW);
    assertThat(deadlines.confirmationDue())
        .as("Friday evening: due Monday at six")
        .isEqualTo(at(2026, 12, 7, 18));
    assertThat(deadlines.correctionDue()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(2))));

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(3))));

    assertThat(deadlines.confirmationDue())
        .as("Monday evening: due Tuesday at six")
        .isEqualTo(at(2026, 12, 8, 18));
    assertThat(deadlines.correctionDue()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(5))));
  }

  @Test
  void theDueDateWatchDecidesByTheEngineClock() {
    // Planned to be finished on the 10th, wanted on the 20th: by air it arrives on the 12th.
    SalesOrder order = plannedOrder(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 20));
    when(shipments.waitingOfShippableOrders()).thenReturn(Map.of(order, Map.of(1, BigDecimal.TEN)));
    when(exceptions.ordersWith(ExceptionKind.LATE, DueDateWatch.WATCHER)).thenReturn(Set.of());
    when(orderService.customerOf(order)).thenReturn(DueDateWatchTest.SUZHOU);

    assertThat(watch.watch()).isZero();
    verify(exceptions, never())
        .raiseAndEscalate(eq(1L), eq(ExceptionKind.LATE), anyString(), anyString(), anyString());

    // Still not finished on the 19th: it leaves on the 20th and arrives on the 21st at the
    // earliest.
    ClockUtil.setCurrentTime(at(2026, 12, 19, 9));
    when(exceptions.raiseAndEscalate(
            eq(1L), eq(ExceptionKind.LATE), anyString(), anyString(), anyString()))
        .thenReturn(5L);

    assertThat(watch.watch()).isEqualTo(1);
    verify(exceptions)
        .raiseAndEscalate(
            eq(1L),
            eq(ExceptionKind.LATE),
            eq(
                "交期将延误（系统检查）：计划完工 2026-12-10，出库后按发往客户所在地区最快的运输方式计，最早 2026-12-21 到货，"
                    + "晚于 第1行 P-001 待交 10，交期 2026-12-20。"),
            eq(DueDateWatch.WATCHER),
            eq(DueDateWatch.eventKey(1L)));
  }

  private static Date at(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, SHANGHAI).toInstant());
  }

  private static SalesOrder plannedOrder(LocalDate plannedCompletion, LocalDate requested) {
    SalesOrderLine line = mock(SalesOrderLine.class);
    when(line.lineNo()).thenReturn(1);
    when(line.productCode()).thenReturn("P-001");
    when(line.requestedDate()).thenReturn(requested);
    SalesOrder order = mock(SalesOrder.class);
    when(order.id()).thenReturn(1L);
    when(order.orderNumber()).thenReturn("XS-2026-00001");
    when(order.plannedCompletionDate()).thenReturn(plannedCompletion);
    when(order.line(1)).thenReturn(Optional.of(line));
    return order;
  }
}
