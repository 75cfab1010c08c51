package com.gendan.close;

import com.gendan.close.MonthlyCloseProcess.CloseTrigger;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.schedule.IsolatedLoop;
import com.gendan.scope.CustomerTenants;
import com.gendan.shipment.ShippedQuantities;
import com.gendan.statement.StatementService;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * Which customers' last month the calendar closes on the 1st: those with activity in it (a document
 * whose process ended then, or goods shipped) and without a close yet, unless their statement of
 * the month still awaits the customer's answer — that one is closed when it is confirmed.
 */
@Component
class MonthCloseCalendar {

  private final CustomerDirectory customers;
  private final StatementService statements;
  private final ShippedQuantities shipped;
  private final HistoryService history;
  private final MonthCloseStarter starter;
  private final IsolatedLoop loop;
  private final Clock clock;

  MonthCloseCalendar(
      CustomerDirectory customers,
      StatementService statements,
      ShippedQuantities shipped,
      HistoryService history,
      MonthCloseStarter starter,
      IsolatedLoop loop,
      Clock clock) {
    this.customers = customers;
    this.statements = statements;
    this.shipped = shipped;
    this.history = history;
    this.starter = starter;
    this.loop = loop;
    this.clock = clock;
  }

  /**
   * Starts last month's close of every customer due.
   *
   * @return how many closes were started
   */
  int startDue() {
    YearMonth month = YearMonth.now(clock).minusMonths(1);
    return loop.forEach(
        "month-close-calendar",
        customers.all(),
        CustomerView::code,
        customer -> {
          Optional<Boolean> confirmed = statements.confirmedOf(customer.id(), month);
          if (confirmed.isPresent() && !confirmed.get()) {
            return false;
          }
          return (confirmed.isPresent() || hadActivity(customer.id(), month))
              && starter.startUnlessClosed(customer.id(), month, CloseTrigger.CALENDAR);
        });
  }

  private boolean hadActivity(long customerId, YearMonth month) {
    if (!shipped.byProduct(customerId, month.atDay(1), month.plusMonths(1).atDay(1)).isEmpty()) {
      return true;
    }
    return history
            .createHistoricProcessInstanceQuery()
            .tenantIdIn(CustomerTenants.tenantId(customerId))
            .finished()
            .finishedAfter(Date.from(month.atDay(1).atStartOfDay(clock.getZone()).toInstant()))
            .finishedBefore(
                Date.from(month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant()))
            .count()
        > 0;
  }
}
