package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.CUSTOMER_FEEDBACK;
import static com.gendan.sample.SampleTrackingProcess.Variables.NEW_ROUND;
import static com.gendan.sample.SampleTrackingProcess.Variables.RESULT_CONDITIONS;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_ID;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_RESULT;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Logs the assistant's contact with the customer and, once known, the test result. */
@Component(SampleTrackingProcess.Beans.FOLLOW_UP_RECORDED)
class SampleFollowUpRecorded implements TaskListener {

  private final SampleService sampleService;
  private final FormLabels formLabels;

  SampleFollowUpRecorded(SampleService sampleService, FormLabels formLabels) {
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
          SampleService.Contact contact = ContactForm.read(task, problems);
          SampleTrackingProcess.Result result = SAMPLE_RESULT.read(task, true, "请选择测试结果", problems);
          InvalidRequestException.throwIfAny(problems);
          sampleService.followUp(
              SAMPLE_ID.require(task),
              contact,
              result.verdict(),
              RESULT_CONDITIONS.get(task),
              CUSTOMER_FEEDBACK.get(task),
              Actors.currentUserOr(task.getAssignee()));
        });
    if (NEW_ROUND.get(task) == null) {
      NEW_ROUND.set(task.getExecution(), false);
    }
  }
}
