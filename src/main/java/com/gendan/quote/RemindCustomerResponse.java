package com.gendan.quote;

import com.gendan.process.ReminderFiring;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Reminds the assistant to chase the customer's answer. */
@Component(QuoteApprovalProcess.Beans.REMIND_CUSTOMER_RESPONSE)
class RemindCustomerResponse implements TaskListener {

  private final QuoteMails mails;

  RemindCustomerResponse(QuoteMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.responseReminder(
        QuoteApprovalProcess.Variables.QUOTE_ID.require(task), ReminderFiring.of(task));
  }
}
