package com.gendan.complaint;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every group the decision named approved the disposition. */
@Component(ComplaintHandlingProcess.Beans.RECORD_APPROVED)
class RecordDispositionApproved implements JavaDelegate {

  private final ComplaintService complaintService;

  RecordDispositionApproved(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaintService.approved(
        ComplaintHandlingProcess.Variables.COMPLAINT_ID.require(execution),
        Actors.currentUserOr(null));
  }
}
