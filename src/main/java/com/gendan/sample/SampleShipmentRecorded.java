package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.CARRIER;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_ID;
import static com.gendan.sample.SampleTrackingProcess.Variables.SHIPPED_DATE;
import static com.gendan.sample.SampleTrackingProcess.Variables.TRACKING_NUMBER;

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

/** The warehouse sent the sample: carrier, tracking number and date are checked and kept. */
@Component(SampleTrackingProcess.Beans.SHIPMENT_RECORDED)
class SampleShipmentRecorded implements TaskListener {

  private final SampleService sampleService;
  private final FormLabels formLabels;

  SampleShipmentRecorded(SampleService sampleService, FormLabels formLabels) {
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
          LocalDate shipped = SHIPPED_DATE.read(task, problems);
          InvalidRequestException.throwIfAny(problems);
          sampleService.ship(
              SAMPLE_ID.require(task),
              new SampleService.Shipment(CARRIER.get(task), TRACKING_NUMBER.get(task), shipped),
              Actors.currentUserOr(task.getAssignee()));
        });
  }
}
