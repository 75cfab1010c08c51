package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every department is mailed the approved request once; the assistant and sales rep a copy. */
@Component(OrderChangeProcess.Beans.NOTIFY_DEPARTMENTS)
class NotifyDepartmentsOfChange implements JavaDelegate {

  private final ChangeRequestMails mails;

  NotifyDepartmentsOfChange(ChangeRequestMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.approved(CHANGE_REQUEST_ID.require(execution));
  }
}
