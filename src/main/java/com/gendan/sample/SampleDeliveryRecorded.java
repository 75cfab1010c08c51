package com.gendan.sample;

import com.gendan.process.Actors;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The sample arrived: the follow-up of the customer's test starts from this date. */
@Component(SampleTrackingProcess.Beans.DELIVERY_RECORDED)
class SampleDeliveryRecorded implements TaskListener {

  private final SampleService sampleService;

  SampleDeliveryRecorded(SampleService sampleService) {
    this.sampleService = sampleService;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        SampleFieldLabels.LABELS::of,
        () ->
            sampleService.deliver(
                SampleTrackingProcess.Variables.SAMPLE_ID.require(task),
                SampleTrackingProcess.Variables.DELIVERED_DATE.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
