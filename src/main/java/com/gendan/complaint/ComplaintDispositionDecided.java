package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.APPROVER_GROUP;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.DECISION_COMMENT;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.DISPOSITION_DECISION;

import com.gendan.complaint.ComplaintHandlingProcess.ApprovalDecision;
import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** One approver group's decision on the proposed disposition; a rejection must say why. */
@Component(ComplaintHandlingProcess.Beans.DISPOSITION_DECIDED)
class ComplaintDispositionDecided implements TaskListener {

  private final ComplaintService complaintService;
  private final FormLabels formLabels;

  ComplaintDispositionDecided(ComplaintService complaintService, FormLabels formLabels) {
    this.complaintService = complaintService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        formLabels.ofTask(task).naming("comment", DECISION_COMMENT.name())::of,
        () -> {
          ApprovalDecision decision = DISPOSITION_DECISION.answer(task, "请选择同意或退回");
          complaintService.decide(
              COMPLAINT_ID.require(task),
              APPROVER_GROUP.require(task),
              decision == ApprovalDecision.APPROVE,
              DECISION_COMMENT.get(task),
              Actors.currentUserOr(task.getAssignee()));
        });
  }
}
