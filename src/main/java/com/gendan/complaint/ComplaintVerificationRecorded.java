package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.VERIFICATION;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.VERIFICATION_NOTE;

import com.gendan.complaint.ComplaintHandlingProcess.Verification;
import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Quality's verdict on the countermeasure; not effective must say why. */
@Component(ComplaintHandlingProcess.Beans.VERIFICATION_RECORDED)
class ComplaintVerificationRecorded implements TaskListener {

  private final ComplaintService complaintService;
  private final FormLabels formLabels;

  ComplaintVerificationRecorded(ComplaintService complaintService, FormLabels formLabels) {
    this.complaintService = complaintService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        formLabels.ofTask(task)::of,
        () -> {
          Verification verification = VERIFICATION.answer(task, "请选择对策有效或无效");
          complaintService.verify(
              COMPLAINT_ID.require(task),
              verification == Verification.EFFECTIVE,
              VERIFICATION_NOTE.get(task),
              Actors.currentUserOr(task.getAssignee()));
        });
  }
}
