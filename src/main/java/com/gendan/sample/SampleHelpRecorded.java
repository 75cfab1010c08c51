package com.gendan.sample;

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

/** Logs what the sales rep learned from the customer. */
@Component(SampleTrackingProcess.Beans.HELP_RECORDED)
class SampleHelpRecorded implements TaskListener {

  private final SampleService sampleService;
  private final FormLabels formLabels;

  SampleHelpRecorded(SampleService sampleService, FormLabels formLabels) {
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
          InvalidRequestException.throwIfAny(problems);
          sampleService.logHelp(
              SampleTrackingProcess.Variables.SAMPLE_ID.require(task),
              contact,
              Actors.currentUserOr(task.getAssignee()));
        });
  }
}
