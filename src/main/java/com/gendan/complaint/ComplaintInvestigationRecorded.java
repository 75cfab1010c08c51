package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COUNTERMEASURE;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.ROOT_CAUSE;

import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Quality's root cause and countermeasure. */
@Component(ComplaintHandlingProcess.Beans.INVESTIGATION_RECORDED)
class ComplaintInvestigationRecorded implements TaskListener {

  private final ComplaintService complaintService;
  private final FormLabels formLabels;

  ComplaintInvestigationRecorded(ComplaintService complaintService, FormLabels formLabels) {
    this.complaintService = complaintService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        formLabels.ofTask(task)::of,
        () ->
            complaintService.investigate(
                COMPLAINT_ID.require(task),
                new ComplaintService.Investigation(ROOT_CAUSE.get(task), COUNTERMEASURE.get(task)),
                Actors.currentUserOr(task.getAssignee())));
  }
}
