package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.APPROVAL_COMMENT;
import static com.gendan.sample.SampleTrackingProcess.Variables.APPROVAL_DECISION;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_ID;

import com.gendan.process.Actors;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The sales manager's decision on a free sample above the limit. */
@Component(SampleTrackingProcess.Beans.APPROVAL_RECORDED)
class SampleApprovalRecorded implements TaskListener {

  private final SampleService sampleService;

  SampleApprovalRecorded(SampleService sampleService) {
    this.sampleService = sampleService;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = APPROVAL_DECISION.get(task);
    if (!SampleTrackingProcess.ApprovalDecision.APPROVE.equals(decision)
        && !SampleTrackingProcess.ApprovalDecision.REFUSE.equals(decision)) {
      throw new InvalidTaskInputException("审批意见", "请选择同意或不同意");
    }
    InvalidTaskInputException.translating(
        SampleFieldLabels.LABELS::of,
        () ->
            sampleService.decideApproval(
                SAMPLE_ID.require(task),
                SampleTrackingProcess.ApprovalDecision.APPROVE.equals(decision),
                APPROVAL_COMMENT.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
