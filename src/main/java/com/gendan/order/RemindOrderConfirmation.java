package com.gendan.order;

import com.gendan.process.ReminderFiring;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Reminds the assistant of a phone order's missing written confirmation. */
@Component(SalesOrderProcess.Beans.REMIND_CONFIRMATION)
class RemindOrderConfirmation implements TaskListener {

  private final OrderMails mails;

  RemindOrderConfirmation(OrderMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.confirmationReminder(
        SalesOrderProcess.Variables.ORDER_ID.require(task), ReminderFiring.of(task));
  }
}
