package com.gendan.statement;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates, reminder periods and the calendar's cycle from configuration, for the models'
 * expressions: {@code ${statementDeadlines.answerDue()}}, {@code
 * ${statementDeadlines.answerReminder}}, {@code ${statementDeadlines.calendar}} and so on.
 */
@Component(MonthlyStatementProcess.Beans.DEADLINES)
public class StatementDeadlines {

  private final StatementProperties properties;
  private final Clock clock;

  StatementDeadlines(StatementProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public Date answerDue() {
    return after(properties.answerDue());
  }

  public Date settlementDue() {
    return after(properties.settlementDue());
  }

  public Date approvalDue() {
    return after(properties.approvalDue());
  }

  public Date invoiceDue() {
    return after(properties.invoiceDue());
  }

  public String getAnswerReminder() {
    return properties.answerReminder().toString();
  }

  /** The statement calendar's cron (read when the model is deployed). */
  public String getCalendar() {
    return properties.calendar();
  }

  private Date after(Period period) {
    return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
  }
}
