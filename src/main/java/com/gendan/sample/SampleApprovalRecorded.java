package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.APPROVAL_COMMENT;
import static com.gendan.sample.SampleTrackingProcess.Variables.APPROVAL_DECISION;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_ID;

import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.sample.SampleTrackingProcess.ApprovalDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The sales manager's decision on a free sample above the limit. */
@Component(SampleTrackingProcess.Beans.APPROVAL_RECORDED)
class SampleApprovalRecorded implements TaskListener {

  private final SampleService sampleService;
  private final FormLabels formLabels;

  SampleApprovalRecorded(SampleService sampleService, FormLabels formLabels) {
    this.sampleService = sampleService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    InvalidTaskInputException.translating(
        labels::of,
        () -> {
          ApprovalDecision decision = APPROVAL_DECISION.answer(task, "请选择同意或不同意");
          sampleService.decideApproval(
              SAMPLE_ID.require(task),
              decision == ApprovalDecision.APPROVE,
              APPROVAL_COMMENT.get(task),
              Actors.currentUserOr(task.getAssignee()));
        });
  }
}
