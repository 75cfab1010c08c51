package com.gendan.receivable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The receivables' timers from configuration, for the models' expressions: {@code
 * ${receivableSchedule.weeklyReport}}.
 */
@Component(WeeklyReceivableReportProcess.Beans.SCHEDULE)
public class ReceivableSchedule {

  private final String weeklyReport;

  public ReceivableSchedule(@Value("${gendan.receivable.weekly-report}") String weeklyReport) {
    this.weeklyReport = weeklyReport;
  }

  /** The weekly report's cron (read when the model is deployed). */
  public String getWeeklyReport() {
    return weeklyReport;
  }
}
