package com.gendan.quote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer declined: the sales rep, who owns the relationship, is told why. */
@Component(QuoteApprovalProcess.Beans.RECORD_CUSTOMER_DECLINE)
class RecordCustomerDecline implements JavaDelegate {

  private final QuoteMails mails;

  RecordCustomerDecline(QuoteMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.customerDeclined(
        QuoteApprovalProcess.Variables.QUOTE_ID.require(execution),
        QuoteApprovalProcess.Variables.RESPONSE_REASON.get(execution));
  }
}
