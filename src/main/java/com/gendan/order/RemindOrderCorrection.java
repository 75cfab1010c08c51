package com.gendan.order;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

@Component(SalesOrderProcess.Beans.REMIND_CORRECTION)
class RemindOrderCorrection implements TaskListener {

  private final OrderMails mails;

  RemindOrderCorrection(OrderMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.correctionReminder(SalesOrderProcess.Variables.ORDER_ID.require(task), task.getId());
  }
}
