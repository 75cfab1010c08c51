package com.gendan.sample;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(SampleTrackingProcess.Beans.NOTIFY_SALES_REP)
class NotifySalesRepOfSample implements JavaDelegate {

  private final SampleMails mails;

  NotifySalesRepOfSample(SampleMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.askSalesRepToHelp(SampleTrackingProcess.Variables.SAMPLE_ID.require(execution));
  }
}
