package com.gendan.orderchange;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates and reminder periods of the change request's tasks, from configuration, for the model's
 * expressions such as {@code ${orderChangeDeadlines.impactDue()}}.
 */
@Component(OrderChangeProcess.Beans.DEADLINES)
public class OrderChangeDeadlines {

  /** A working day ends at six in the evening. */
  static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

  private final OrderChangeProperties properties;
  private final Clock clock;

  public OrderChangeDeadlines(OrderChangeProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** After the configured working days (Monday to Friday), at the end of the day. */
  public Date impactDue() {
    LocalDate day = LocalDate.now(clock);
    int left = Math.max(1, properties.impactWorkingDays());
    while (left > 0) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return Date.from(day.atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
  }

  /** When the sales manager is told of a department that has not answered. */
  public Date impactEscalation() {
    return Date.from(impactDue().toInstant().plus(properties.impactEscalation()));
  }

  public Date signingDue() {
    return after(properties.signingDue());
  }

  /** From the approval: the dead stock's due date (kept in the process, see the model). */
  public Date deadStockDue() {
    return after(properties.deadStockDue());
  }

  public Date scrapApprovalDue() {
    return after(properties.scrapApprovalDue());
  }

  public String getDeadStockReminder() {
    return properties.deadStockReminder().toString();
  }

  private Date after(Period period) {
    return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
  }
}
