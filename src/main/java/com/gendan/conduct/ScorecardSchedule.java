package com.gendan.conduct;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The scorecard mail's timer from configuration, for the model's expression: {@code
 * ${scorecardSchedule.monthlyMail}}.
 */
@Component(MonthlyScorecardsProcess.Beans.SCHEDULE)
public class ScorecardSchedule {

  private final String monthlyMail;

  public ScorecardSchedule(@Value("${gendan.conduct.scorecard-mail}") String monthlyMail) {
    this.monthlyMail = monthlyMail;
  }

  /** The monthly mail's cron (read when the model is deployed). */
  public String getMonthlyMail() {
    return monthlyMail;
  }
}
