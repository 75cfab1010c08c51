package com.gendan.orderchange;

import com.gendan.time.WorkingDays;
import java.time.Clock;
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

  private final OrderChangeProperties properties;
  private final Clock clock;

  public OrderChangeDeadlines(OrderChangeProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** After the configured working days (Monday to Friday), at the end of the day. */
  public Date impactDue() {
    return WorkingDays.endOfWorkingDayAfter(Math.max(1, properties.impactWorkingDays()), clock);
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
