package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.CHANGED_LINES_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.CHANGE_REASON;
import static com.gendan.order.SalesOrderProcess.Variables.FULFILLED;
import static com.gendan.order.SalesOrderProcess.Variables.ORDER_ID;
import static com.gendan.order.SalesOrderProcess.Variables.PLAN_AFFECTED;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an approved change (D6) to the order's lines, tells production, the warehouse and the
 * assistant, and refreshes what the order's forms show. A change down to what has shipped fulfils
 * the order.
 */
@Component(SalesOrderProcess.Beans.APPLY_CHANGE)
class ApplyOrderChange implements JavaDelegate {

  private final OrderService orderService;
  private final OrderFormVariables formVariables;
  private final OrderMails mails;

  ApplyOrderChange(OrderService orderService, OrderFormVariables formVariables, OrderMails mails) {
    this.orderService = orderService;
    this.formVariables = formVariables;
    this.mails = mails;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    long orderId = ORDER_ID.require(execution);
    String reason = CHANGE_REASON.require(execution);
    boolean planAffected =
        orderService.applyChange(
            orderId, CHANGED_LINES_TEXT.require(execution), reason, Actors.SYSTEM);
    PLAN_AFFECTED.setLocal(execution, planAffected);
    formVariables.publish(execution.getProcessInstance(), orderId);
    mails.orderChanged(orderId, reason, planAffected);
    if (orderService.load(orderId).fulfilled()) {
      FULFILLED.set(execution.getProcessInstance(), true);
    }
  }
}
