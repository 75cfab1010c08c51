package com.gendan.conduct;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The monthly step: last month's scorecards to each assistant and her sales manager. */
@Component(MonthlyScorecardsProcess.Beans.MAIL_SCORECARDS)
class MailScorecards implements JavaDelegate {

  private final ScorecardMails mails;

  MailScorecards(ScorecardMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.lastMonth();
  }
}
