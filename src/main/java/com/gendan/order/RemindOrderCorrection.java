package com.gendan.order;

import com.gendan.process.ReminderFiring;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Reminds the assistant of an open correction, at every firing of the cycle. */
@Component(SalesOrderProcess.Beans.REMIND_CORRECTION)
class RemindOrderCorrection implements TaskListener {

  private final OrderMails mails;

  RemindOrderCorrection(OrderMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.correctionReminder(
        SalesOrderProcess.Variables.ORDER_ID.require(task), ReminderFiring.of(task));
  }
}
