package com.gendan.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The production plan order goes to production, with the customer's special requirements. */
@Component(SalesOrderProcess.Beans.ISSUE_PRODUCTION_PLAN)
class IssueProductionPlan implements JavaDelegate {

  private final OrderService orderService;
  private final OrderMails mails;

  IssueProductionPlan(OrderService orderService, OrderMails mails) {
    this.orderService = orderService;
    this.mails = mails;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    long orderId = SalesOrderProcess.Variables.ORDER_ID.require(execution);
    orderService.planIssued(orderId);
    mails.productionPlan(orderId);
  }
}
