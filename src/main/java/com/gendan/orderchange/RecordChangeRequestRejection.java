package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A signer rejected: the request ends, the order is untouched, the assistant is told why. */
@Component(OrderChangeProcess.Beans.RECORD_REJECTION)
class RecordChangeRequestRejection implements JavaDelegate {

  private final ChangeRequests requests;
  private final ChangeRequestMails mails;

  RecordChangeRequestRejection(ChangeRequests requests, ChangeRequestMails mails) {
    this.requests = requests;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long requestId = CHANGE_REQUEST_ID.require(execution);
    requests.reject(requestId, Actors.SYSTEM);
    mails.rejected(requestId);
  }
}
