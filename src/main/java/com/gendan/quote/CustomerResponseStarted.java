package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.ACCEPTED_LINES;
import static com.gendan.quote.QuoteApprovalProcess.Variables.CUSTOMER_RESPONSE;
import static com.gendan.quote.QuoteApprovalProcess.Variables.RESPONSE_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** After a counter-offer the next answer is registered on a blank form. */
@Component(QuoteApprovalProcess.Beans.RESPONSE_STARTED)
class CustomerResponseStarted implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution instance = task.getExecution().getProcessInstance();
    instance.removeVariable(CUSTOMER_RESPONSE.name());
    instance.removeVariable(ACCEPTED_LINES);
    instance.removeVariable(RESPONSE_REASON.name());
  }
}
