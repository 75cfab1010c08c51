package com.gendan.sample;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The manager refused: the assistant who asked is told why (the request is already marked). */
@Component(SampleTrackingProcess.Beans.RECORD_REFUSAL)
class RecordSampleRefused implements JavaDelegate {

  private final SampleMails mails;

  RecordSampleRefused(SampleMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.refusedToAssistant(
        SampleTrackingProcess.Variables.SAMPLE_ID.require(execution),
        SampleTrackingProcess.Variables.APPROVAL_COMMENT.get(execution));
  }
}
