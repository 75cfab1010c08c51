package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.CREDIT_HOLD;
import static com.gendan.order.SalesOrderProcess.Variables.OPEN_FINDINGS;
import static com.gendan.order.SalesOrderProcess.Variables.ORDER_ID;

import com.gendan.process.Actors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reviews the order and tells the process what it found. */
@Component(SalesOrderProcess.Beans.REVIEW_ORDER)
class ReviewOrder implements JavaDelegate {

  private final OrderService orderService;
  private final OrderFormVariables formVariables;

  ReviewOrder(OrderService orderService, OrderFormVariables formVariables) {
    this.orderService = orderService;
    this.formVariables = formVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long orderId = ORDER_ID.require(execution);
    List<Finding> open = orderService.review(orderId, Actors.SYSTEM);
    boolean creditHold = open.stream().anyMatch(f -> f.code().isCredit());
    CREDIT_HOLD.set(execution, creditHold);
    OPEN_FINDINGS.set(execution, (int) open.stream().filter(f -> !f.code().isCredit()).count());
    formVariables.publish(execution, orderId);
  }
}
