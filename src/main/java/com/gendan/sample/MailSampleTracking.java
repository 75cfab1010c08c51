package com.gendan.sample;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(SampleTrackingProcess.Beans.MAIL_TRACKING)
class MailSampleTracking implements JavaDelegate {

  private final SampleMails mails;

  MailSampleTracking(SampleMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.trackingToCustomer(SampleTrackingProcess.Variables.SAMPLE_ID.require(execution));
  }
}
