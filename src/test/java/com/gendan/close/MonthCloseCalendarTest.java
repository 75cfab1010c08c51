package com.gendan.close;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.close.MonthlyCloseProcess.CloseTrigger;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.schedule.IsolatedLoop;
import com.gendan.shipment.ShippedQuantities;
import com.gendan.statement.StatementService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;

/**
 * Which customers the close calendar closes on the 1st: last month's, for a customer with activity
 * and no statement, or with a confirmed one; never one whose statement awaits the customer's answer
 * (its confirmation closes it), nor one without activity; a customer that fails does not stop the
 * others.
 */
class MonthCloseCalendarTest {

  /** 00:10 on 1 December 2026 in Shanghai (still 30 November in UTC). */
  private final Clock clock =
      Clock.fixed(Instant.parse("2026-11-30T16:10:00Z"), ZoneId.of("Asia/Shanghai"));

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  private final CustomerDirectory customers = mock(CustomerDirectory.class);
  private final StatementService statements = mock(StatementService.class);
  private final ShippedQuantities shipped = mock(ShippedQuantities.class);
  private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
  private final MonthCloseStarter starter = mock(MonthCloseStarter.class);

  private final MonthCloseCalendar calendar =
      new MonthCloseCalendar(
          customers,
          statements,
          shipped,
          history,
          starter,
          new IsolatedLoop(new SimpleMeterRegistry()),
          clock);

  private static CustomerView customer(long id) {
    CustomerView customer = mock(CustomerView.class);
    when(customer.id()).thenReturn(id);
    when(customer.code()).thenReturn("C00" + id);
    return customer;
  }

  @Test
  void lastMonthIsClosedForCustomersWithActivityUnlessTheirStatementAwaitsTheAnswer() {
    List<CustomerView> all = List.of(customer(1), customer(2), customer(3), customer(4));
    when(customers.all()).thenReturn(all);
    // 1: shipped, no statement; 2: statement awaiting the answer; 3: confirmed; 4: nothing at all
    when(statements.confirmedOf(anyLong(), eq(NOVEMBER))).thenReturn(Optional.empty());
    when(statements.confirmedOf(2L, NOVEMBER)).thenReturn(Optional.of(false));
    when(statements.confirmedOf(3L, NOVEMBER)).thenReturn(Optional.of(true));
    when(shipped.byProduct(anyLong(), any(), any())).thenReturn(Map.of());
    when(shipped.byProduct(eq(1L), eq(NOVEMBER.atDay(1)), eq(NOVEMBER.plusMonths(1).atDay(1))))
        .thenReturn(Map.of("EC-R0603-103", BigDecimal.TEN));
    when(history
            .createHistoricProcessInstanceQuery()
            .tenantIdIn(any(String[].class))
            .finished()
            .finishedAfter(any())
            .finishedBefore(any())
            .count())
        .thenReturn(0L);
    when(starter.startUnlessClosed(anyLong(), eq(NOVEMBER), eq(CloseTrigger.CALENDAR)))
        .thenReturn(true);

    assertThat(calendar.startDue()).isEqualTo(2);
    verify(starter).startUnlessClosed(1L, NOVEMBER, CloseTrigger.CALENDAR);
    verify(starter).startUnlessClosed(3L, NOVEMBER, CloseTrigger.CALENDAR);
    verify(starter, never()).startUnlessClosed(eq(2L), any(), any());
    verify(starter, never()).startUnlessClosed(eq(4L), any(), any());
  }

  @Test
  void aCustomerThatFailsDoesNotStopTheOthers() {
    List<CustomerView> all = List.of(customer(1), customer(2));
    when(customers.all()).thenReturn(all);
    when(statements.confirmedOf(anyLong(), eq(NOVEMBER))).thenReturn(Optional.of(true));
    when(starter.startUnlessClosed(1L, NOVEMBER, CloseTrigger.CALENDAR))
        .thenThrow(new IllegalStateException("customer 1 broken"));
    when(starter.startUnlessClosed(2L, NOVEMBER, CloseTrigger.CALENDAR)).thenReturn(true);

    assertThat(calendar.startDue()).isEqualTo(1);
    verify(starter).startUnlessClosed(2L, NOVEMBER, CloseTrigger.CALENDAR);
  }
}
