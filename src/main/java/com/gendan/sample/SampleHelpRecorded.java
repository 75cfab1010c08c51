package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.CONTACT_DATE;
import static com.gendan.sample.SampleTrackingProcess.Variables.CONTACT_NOTE;
import static com.gendan.sample.SampleTrackingProcess.Variables.CONTACT_PERSON;

import com.gendan.process.Actors;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Logs what the sales rep learned from the customer. */
@Component(SampleTrackingProcess.Beans.HELP_RECORDED)
class SampleHelpRecorded implements TaskListener {

  private final SampleService sampleService;

  SampleHelpRecorded(SampleService sampleService) {
    this.sampleService = sampleService;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        SampleFieldLabels.LABELS::of,
        () ->
            sampleService.logHelp(
                SampleTrackingProcess.Variables.SAMPLE_ID.require(task),
                new SampleService.Contact(
                    CONTACT_DATE.get(task), CONTACT_PERSON.get(task), CONTACT_NOTE.get(task)),
                Actors.currentUserOr(task.getAssignee())));
  }
}
