package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;

import com.gendan.process.ReminderFiring;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The dead stock is past its due date: the sales managers are told. */
@Component(OrderChangeProcess.Beans.DEAD_STOCK_OVERDUE)
class DeadStockOverdue implements TaskListener {

  private final ChangeRequestMails mails;

  DeadStockOverdue(ChangeRequestMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.deadStockOverdue(CHANGE_REQUEST_ID.require(task), ReminderFiring.of(task));
  }
}
