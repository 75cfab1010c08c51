package com.gendan.quote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(QuoteApprovalProcess.Beans.NOTIFY_SALES_MANAGER)
class NotifySalesManagerOfInquiry implements JavaDelegate {

  private final QuoteMails mails;

  NotifySalesManagerOfInquiry(QuoteMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.inquiryReceived(QuoteApprovalProcess.Variables.QUOTE_ID.require(execution));
  }
}
