package com.gendan.quote;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates and reminder periods of the quote tasks, from configuration, for the model's
 * expressions: {@code camunda:dueDate="${quoteDeadlines.draftDue()}"} and timer durations such as
 * {@code ${quoteDeadlines.signingReminder}}.
 */
@Component(QuoteApprovalProcess.Beans.DEADLINES)
public class QuoteDeadlines {

  private final QuoteProperties properties;
  private final Clock clock;

  QuoteDeadlines(QuoteProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public Date draftDue() {
    return after(properties.draftDue());
  }

  public Date signingDue() {
    return after(properties.signingDue());
  }

  public Date responseDue() {
    return after(properties.responseDue());
  }

  public String getSigningReminder() {
    return properties.signingReminder().toString();
  }

  public String getResponseReminder() {
    return properties.responseReminder().toString();
  }

  private Date after(Period period) {
    return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
  }
}
