package com.gendan.order;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates and reminder periods of the order tasks, from configuration, for the model's
 * expressions such as {@code ${orderDeadlines.confirmationDue()}} and {@code
 * ${orderDeadlines.correctionReminder}}.
 */
@Component(SalesOrderProcess.Beans.DEADLINES)
public class OrderDeadlines {

  /** A working day ends at six in the evening. */
  static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

  private final OrderProperties properties;
  private final Clock clock;

  public OrderDeadlines(OrderProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The outgoing inspection is done the day the goods are ready: by the end of this working day, or
   * of the next one when they are reported on a weekend or after the day's end.
   */
  public Date inspectionDue() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    LocalDate day = now.toLocalDate();
    if (!now.toLocalTime().isBefore(END_OF_DAY)) {
      day = day.plusDays(1);
    }
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return Date.from(day.atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
  }

  /** The next working day (Monday to Friday), at the end of the day, in the department's zone. */
  public Date confirmationDue() {
    LocalDate day = LocalDate.now(clock).plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return Date.from(day.atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
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

  private Date after(Period period) {
    return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
  }
}
