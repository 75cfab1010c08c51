package com.gendan.credit;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of the credit requests' tasks, from configuration: for the models' expressions such as
 * {@code ${creditDeadlines.financeDue()}}.
 */
@Component(CreditHoldReleaseProcess.Beans.DEADLINES)
public class CreditDeadlines {

  private final CreditProperties properties;
  private final Clock clock;

  public CreditDeadlines(CreditProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public Date financeDue() {
    return after(properties.financeDue());
  }

  public Date gmDue() {
    return after(properties.gmDue());
  }

  public Date termsApprovalDue() {
    return after(properties.termsApprovalDue());
  }

  private Date after(Period period) {
    return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
  }
}
