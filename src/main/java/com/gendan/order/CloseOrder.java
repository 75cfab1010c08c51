package com.gendan.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Everything is shipped: the order is closed. */
@Component(SalesOrderProcess.Beans.CLOSE_ORDER)
class CloseOrder implements JavaDelegate {

  private final OrderService orderService;

  CloseOrder(OrderService orderService) {
    this.orderService = orderService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orderService.close(SalesOrderProcess.Variables.ORDER_ID.require(execution));
  }
}
