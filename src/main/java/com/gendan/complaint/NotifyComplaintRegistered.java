package com.gendan.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Quality and the departments concerned hear of the complaint at once; the customer is answered.
 */
@Component(ComplaintHandlingProcess.Beans.NOTIFY_REGISTERED)
class NotifyComplaintRegistered implements JavaDelegate {

  private final ComplaintMails mails;

  NotifyComplaintRegistered(ComplaintMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.registered(ComplaintHandlingProcess.Variables.COMPLAINT_ID.require(execution));
  }
}
