package com.gendan.order;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Due dates and reminder periods of the order tasks, from configuration, for the model's
 * expressions such as {@code ${orderDeadlines.confirmationDue()}} and
 * {@code ${orderDeadlines.correctionReminder}}.
 */
@Component(SalesOrderProcess.Beans.DEADLINES)
public class OrderDeadlines {

  /** A working day ends at six in the evening. */
  static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

  private final OrderProperties properties;

  OrderDeadlines(OrderProperties properties) {
    this.properties = properties;
  }

  /** The next working day (Monday to Friday), at the end of the day. */
  public Date confirmationDue() {
    LocalDate day = LocalDate.now().plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return Date.from(day.atTime(END_OF_DAY).atZone(ZoneId.systemDefault()).toInstant());
  }

  public Date correctionDue() {
    return after(properties.correctionDue());
  }

  public Date creditHoldDue() {
    return after(properties.creditHoldDue());
  }

  public Date priceDeviationDue() {
    return after(properties.priceDeviationDue());
  }

  public Date planConfirmationDue() {
    return after(properties.planConfirmationDue());
  }

  public Date exceptionDecisionDue() {
    return after(properties.exceptionDecisionDue());
  }

  public Date informCustomerDue() {
    return after(properties.informCustomerDue());
  }

  public Date transportChoiceDue() {
    return after(properties.transportChoiceDue());
  }

  public Date outboundDue() {
    return after(properties.outboundDue());
  }

  /** The sales manager's confirmation of a shortage allocation. */
  public Date allocationDue() {
    return after(properties.allocationDue());
  }

  public String getConfirmationReminder() {
    return properties.confirmationReminder().toString();
  }

  public String getCorrectionReminder() {
    return properties.correctionReminder().toString();
  }

  private static Date after(Period period) {
    return Date.from(ZonedDateTime.now().plus(period).toInstant());
  }
}
