package com.gendan.complaint;

import com.gendan.process.ReminderFiring;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Reminds quality of an open investigation before it is due. */
@Component(ComplaintHandlingProcess.Beans.REMIND_INVESTIGATION)
class RemindComplaintInvestigation implements TaskListener {

  private final ComplaintMails mails;

  RemindComplaintInvestigation(ComplaintMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.investigationReminder(
        ComplaintHandlingProcess.Variables.COMPLAINT_ID.require(task), ReminderFiring.of(task));
  }
}
