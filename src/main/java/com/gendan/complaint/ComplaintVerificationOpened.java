package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.REPEAT_COMPLAINTS;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the verification opens: the same customer's complaints of the same category since the
 * closure are shown on it, or that there were none.
 */
@Component(ComplaintHandlingProcess.Beans.VERIFICATION_OPENED)
class ComplaintVerificationOpened implements TaskListener {

  static final String NONE = "验证期内该客户没有同类客诉";

  private final ComplaintService complaintService;

  ComplaintVerificationOpened(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> repeats = complaintService.repeatComplaints(COMPLAINT_ID.require(task));
    REPEAT_COMPLAINTS.set(task, repeats.isEmpty() ? NONE : String.join("\n", repeats));
  }
}
