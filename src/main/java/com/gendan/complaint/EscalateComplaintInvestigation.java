package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The investigation is overdue: the sales managers are mailed (once per investigation). */
@Component(ComplaintHandlingProcess.Beans.ESCALATE_INVESTIGATION)
class EscalateComplaintInvestigation implements JavaDelegate {

  private final ComplaintMails mails;

  EscalateComplaintInvestigation(ComplaintMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.investigationOverdue(COMPLAINT_ID.require(execution));
  }
}
