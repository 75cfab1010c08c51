package com.gendan.credit;

import static com.gendan.credit.CreditTermsChangeProcess.Variables.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The requester of a credit-terms change is told what finance decided. */
@Component(CreditTermsChangeProcess.Beans.NOTIFY_REQUESTER)
class NotifyCreditTermsRequester implements JavaDelegate {

  private final CreditTermsRequests requests;

  NotifyCreditTermsRequester(CreditTermsRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.notifyRequester(REQUEST_ID.require(execution));
  }
}
