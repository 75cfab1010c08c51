package com.gendan.complaint;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A discount: the allowance the customer's next monthly statement deducts. */
@Component(ComplaintHandlingProcess.Beans.RECORD_ALLOWANCE)
class RecordComplaintAllowance implements JavaDelegate {

  private final ComplaintService complaintService;

  RecordComplaintAllowance(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaintService.recordAllowance(
        ComplaintHandlingProcess.Variables.COMPLAINT_ID.require(execution),
        Actors.currentUserOr(null));
  }
}
