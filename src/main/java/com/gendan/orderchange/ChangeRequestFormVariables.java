package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_KIND;
import static com.gendan.orderchange.OrderChangeProcess.Variables.CUSTOMER_NAME;
import static com.gendan.orderchange.OrderChangeProcess.Variables.DEAD_STOCK_LIST;
import static com.gendan.orderchange.OrderChangeProcess.Variables.DEAD_STOCK_OPEN;
import static com.gendan.orderchange.OrderChangeProcess.Variables.ORDER_NUMBER;
import static com.gendan.orderchange.OrderChangeProcess.Variables.REQUEST_NUMBER;
import static com.gendan.orderchange.OrderChangeProcess.Variables.REQUEST_SUMMARY;
import static com.gendan.orderchange.OrderChangeProcess.Variables.SCRAP_LIST;

import com.gendan.customer.CustomerDirectory;
import com.gendan.order.OrderService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** What the request's forms show, copied into the process from the request. */
@Component
class ChangeRequestFormVariables {

  private final ChangeRequests requests;
  private final OrderService orderService;
  private final CustomerDirectory customers;

  ChangeRequestFormVariables(
      ChangeRequests requests, OrderService orderService, CustomerDirectory customers) {
    this.requests = requests;
    this.orderService = orderService;
    this.customers = customers;
  }

  void publish(VariableScope scope, long requestId) {
    ChangeRequest request = requests.load(requestId);
    REQUEST_NUMBER.set(scope, request.requestNumber());
    ORDER_NUMBER.set(scope, orderService.load(request.orderId()).orderNumber());
    CUSTOMER_NAME.set(scope, customers.findById(request.customerId()).orElseThrow().chineseName());
    CHANGE_KIND.set(scope, request.kind());
    REQUEST_SUMMARY.set(scope, requests.summary(requestId));
  }

  /** The dead stock still open, for the gateway and the sales rep's and manager's forms. */
  void publishDeadStock(VariableScope scope, long requestId) {
    DEAD_STOCK_OPEN.set(scope, requests.deadStockOpen(requestId));
    DEAD_STOCK_LIST.set(scope, requests.deadStockList(requestId, false));
    SCRAP_LIST.set(scope, requests.deadStockList(requestId, true));
  }
}
