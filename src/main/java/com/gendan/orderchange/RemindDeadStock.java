package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;

import com.gendan.process.ReminderFiring;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Every week: the sales rep is reminded of the open dead stock. */
@Component(OrderChangeProcess.Beans.REMIND_DEAD_STOCK)
class RemindDeadStock implements TaskListener {

  private final ChangeRequestMails mails;

  RemindDeadStock(ChangeRequestMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.deadStockReminder(CHANGE_REQUEST_ID.require(task), ReminderFiring.of(task));
  }
}
