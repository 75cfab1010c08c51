package com.gendan.order;

import com.gendan.time.WorkingDays;
import java.time.Clock;
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
    return WorkingDays.endOfThisWorkingDay(clock);
  }

  /** The end of the next working day, in the department's zone. */
  public Date confirmationDue() {
    return WorkingDays.endOfWorkingDayAfter(1, clock);
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
