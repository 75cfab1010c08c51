package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The orders that gave way to the approved urgent request are each asked to tell their customer.
 */
@Component(OrderChangeProcess.Beans.NOTIFY_YIELDING_ORDERS)
class NotifyYieldingOrders implements JavaDelegate {

  private final ChangeRequests requests;

  NotifyYieldingOrders(ChangeRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.tellYieldingOrders(CHANGE_REQUEST_ID.require(execution));
  }
}
