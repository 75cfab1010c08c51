package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.DELIVERED_DATE;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_ID;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The sample arrived: the follow-up of the customer's test starts from this date. */
@Component(SampleTrackingProcess.Beans.DELIVERY_RECORDED)
class SampleDeliveryRecorded implements TaskListener {

  private final SampleService sampleService;
  private final FormLabels formLabels;

  SampleDeliveryRecorded(SampleService sampleService, FormLabels formLabels) {
    this.sampleService = sampleService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    InvalidTaskInputException.translating(
        labels::of,
        () -> {
          List<FieldProblem> problems = new ArrayList<>();
          LocalDate delivered = DELIVERED_DATE.read(task, problems);
          InvalidRequestException.throwIfAny(problems);
          sampleService.deliver(
              SAMPLE_ID.require(task), delivered, Actors.currentUserOr(task.getAssignee()));
        });
  }
}
