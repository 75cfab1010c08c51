package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.DEPARTMENT;

import com.gendan.process.ReminderFiring;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The impact task is still open after its reminder: the sales managers are told. */
@Component(OrderChangeProcess.Beans.ESCALATE_IMPACT)
class EscalateChangeImpact implements TaskListener {

  private final ChangeRequestMails mails;

  EscalateChangeImpact(ChangeRequestMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.impactOverdue(
        CHANGE_REQUEST_ID.require(task),
        Department.ofGroupId(DEPARTMENT.require(task)).orElseThrow(),
        ReminderFiring.of(task));
  }
}
