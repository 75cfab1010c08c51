package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.CUSTOMER_NAME;
import static com.gendan.order.SalesOrderProcess.Variables.FINDINGS_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.LINES_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.ORDER_NUMBER;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Copies what the order forms show from the order tables into the process. */
@Component
@Transactional(readOnly = true)
public class OrderFormVariables {

  private final OrderService orderService;
  private final CustomerDirectory customers;

  OrderFormVariables(OrderService orderService, CustomerDirectory customers) {
    this.orderService = orderService;
    this.customers = customers;
  }

  public void publish(VariableScope scope, long orderId) {
    SalesOrder order = orderService.load(orderId);
    ORDER_NUMBER.set(scope, order.orderNumber());
    CUSTOMER_NAME.set(
        scope, customers.findById(order.customerId()).map(CustomerView::chineseName).orElse(""));
    LINES_TEXT.set(scope, OrderLinesText.format(order.lines()));
    FINDINGS_TEXT.set(
        scope,
        order.openFindings().stream()
            .map(f -> f.toFinding().describe())
            .collect(Collectors.joining("\n")));
    SalesOrderProcess.Variables.SPECIAL_REQUIREMENTS.set(scope, order.specialRequirements());
  }
}
