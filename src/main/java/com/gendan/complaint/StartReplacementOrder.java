package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.REPLACEMENT_ORDER_NUMBER;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A remake: the replacement sales order is registered and its process started. */
@Component(ComplaintHandlingProcess.Beans.START_REPLACEMENT_ORDER)
class StartReplacementOrder implements JavaDelegate {

  private final ComplaintService complaintService;

  StartReplacementOrder(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    REPLACEMENT_ORDER_NUMBER.set(
        execution,
        complaintService.startReplacementOrder(
            COMPLAINT_ID.require(execution), Actors.currentUserOr(null)));
  }
}
