package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.RETURN_CHECK_NOTE;

import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Quality's check of the returned goods. */
@Component(ComplaintHandlingProcess.Beans.RETURN_CHECKED)
class ComplaintReturnChecked implements TaskListener {

  private final ComplaintService complaintService;
  private final FormLabels formLabels;

  ComplaintReturnChecked(ComplaintService complaintService, FormLabels formLabels) {
    this.complaintService = complaintService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        formLabels.ofTask(task)::of,
        () ->
            complaintService.checkReturn(
                COMPLAINT_ID.require(task),
                RETURN_CHECK_NOTE.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
