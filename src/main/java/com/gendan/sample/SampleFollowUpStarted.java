package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.CONTACT_DATE;
import static com.gendan.sample.SampleTrackingProcess.Variables.CONTACT_NOTE;
import static com.gendan.sample.SampleTrackingProcess.Variables.CONTACT_PERSON;
import static com.gendan.sample.SampleTrackingProcess.Variables.CUSTOMER_FEEDBACK;
import static com.gendan.sample.SampleTrackingProcess.Variables.IMPROVEMENT_NOTE;
import static com.gendan.sample.SampleTrackingProcess.Variables.NEW_ROUND;
import static com.gendan.sample.SampleTrackingProcess.Variables.RESULT_CONDITIONS;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_RESULT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.gendan.process.ProcessVariable;

/** Every follow-up opens blank: the last contact is in the log, not in the next form. */
@Component(SampleTrackingProcess.Beans.FOLLOW_UP_STARTED)
class SampleFollowUpStarted implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ProcessVariable.removeFromInstance(task, CONTACT_DATE, CONTACT_PERSON, CONTACT_NOTE,
        SAMPLE_RESULT, RESULT_CONDITIONS, CUSTOMER_FEEDBACK, NEW_ROUND, IMPROVEMENT_NOTE);
  }
}
