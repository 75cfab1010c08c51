package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applied, and no dead stock left open: the request is done. */
@Component(OrderChangeProcess.Beans.COMPLETE_REQUEST)
class CompleteChangeRequest implements JavaDelegate {

  private final ChangeRequests requests;

  CompleteChangeRequest(ChangeRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.complete(CHANGE_REQUEST_ID.require(execution), Actors.SYSTEM);
  }
}
