package com.gendan.receivable;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The weekly step: the aging report to finance and the general manager. */
@Component(WeeklyReceivableReportProcess.Beans.MAIL_REPORT)
class MailReceivableReport implements JavaDelegate {

  private final ReceivableMails mails;

  MailReceivableReport(ReceivableMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.weeklyReport();
  }
}
