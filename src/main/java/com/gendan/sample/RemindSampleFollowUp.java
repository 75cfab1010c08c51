package com.gendan.sample;

import com.gendan.process.ReminderFiring;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Reminds the assistant of an open follow-up, at every firing of the cycle. */
@Component(SampleTrackingProcess.Beans.REMIND_FOLLOW_UP)
class RemindSampleFollowUp implements TaskListener {

  private final SampleMails mails;

  RemindSampleFollowUp(SampleMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.followUpReminder(
        SampleTrackingProcess.Variables.SAMPLE_ID.require(task), ReminderFiring.of(task));
  }
}
