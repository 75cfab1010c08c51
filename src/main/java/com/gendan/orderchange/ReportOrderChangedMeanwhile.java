package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.ORDER_CHANGED_REASON;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The order refused the approved request (it changed while the request was signed): the request
 * ends void with the order's reason, and the sales managers and the assistant are told. Signing the
 * same request again would only be refused again, so it is not sent back to sign-off.
 */
@Component(OrderChangeProcess.Beans.REPORT_ORDER_CHANGED)
class ReportOrderChangedMeanwhile implements JavaDelegate {

  private final ChangeRequests requests;
  private final ChangeRequestMails mails;

  ReportOrderChangedMeanwhile(ChangeRequests requests, ChangeRequestMails mails) {
    this.requests = requests;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long requestId = CHANGE_REQUEST_ID.require(execution);
    requests.voidByOrder(requestId, ORDER_CHANGED_REASON.require(execution), Actors.SYSTEM);
    mails.orderChangedMeanwhile(requestId);
  }
}
