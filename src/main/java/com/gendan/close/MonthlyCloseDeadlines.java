package com.gendan.close;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates and times of the monthly close from configuration, for the models' expressions: {@code
 * ${monthlyCloseDeadlines.confirmDue()}}, {@code ${monthlyCloseDeadlines.monthEnd(closeMonth)}},
 * {@code ${monthlyCloseDeadlines.calendar}}.
 */
@Component(MonthlyCloseProcess.Beans.DEADLINES)
public class MonthlyCloseDeadlines {

  private final CloseProperties properties;
  private final Clock clock;

  public MonthlyCloseDeadlines(CloseProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** When 确认安全库存 is due. */
  public Date confirmDue() {
    return Date.from(ZonedDateTime.now(clock).plus(properties.confirmDue()).toInstant());
  }

  /** The end of the month closed: 00:00 of the next month's 1st in the department's zone. */
  public Date monthEnd(String closeMonth) {
    return Date.from(
        YearMonth.parse(closeMonth)
            .plusMonths(1)
            .atDay(1)
            .atStartOfDay(clock.getZone())
            .toInstant());
  }

  /** The close calendar's cron (read when the model is deployed). */
  public String getCalendar() {
    return properties.calendar();
  }
}
