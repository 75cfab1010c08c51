package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.CUSTOMER_NAME;
import static com.gendan.order.SalesOrderProcess.Variables.EARLIEST_REQUESTED_DATE;
import static com.gendan.order.SalesOrderProcess.Variables.FINDINGS_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.LINES_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.ORDER_NUMBER;
import static com.gendan.order.SalesOrderProcess.Variables.PLAN_LINES_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.SAMPLE_CONDITIONS_TEXT;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.product.ProductCatalog;
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
  private final ProductCatalog products;
  private final OrderReview review;

  OrderFormVariables(
      OrderService orderService,
      CustomerDirectory customers,
      ProductCatalog products,
      OrderReview review) {
    this.orderService = orderService;
    this.customers = customers;
    this.products = products;
    this.review = review;
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
    SAMPLE_CONDITIONS_TEXT.set(scope, String.join("\n", review.sampleConditions(order)));
    PLAN_LINES_TEXT.set(
        scope,
        ProductionPlanLines.format(order.lines(), id -> products.findById(id).orElseThrow()));
    EARLIEST_REQUESTED_DATE.set(
        scope, ProductionPlanLines.earliestOpenDate(order.lines()).orElse(null));
  }
}
