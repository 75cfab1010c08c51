package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.DEPARTMENT;

import com.gendan.process.ReminderFiring;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The impact task is due and still open: its department is reminded. */
@Component(OrderChangeProcess.Beans.REMIND_IMPACT)
class RemindChangeImpact implements TaskListener {

  private final ChangeRequestMails mails;

  RemindChangeImpact(ChangeRequestMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.impactReminder(
        CHANGE_REQUEST_ID.require(task),
        Department.ofGroupId(DEPARTMENT.require(task)).orElseThrow(),
        ReminderFiring.of(task));
  }
}
