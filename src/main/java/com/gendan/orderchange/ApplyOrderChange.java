package com.gendan.orderchange;

import static com.gendan.order.SalesOrderProcess.Variables.FULFILLED;
import static com.gendan.order.SalesOrderProcess.Variables.ORDER_CHANGE_ID;
import static com.gendan.order.SalesOrderProcess.Variables.PLAN_AFFECTED;
import static com.gendan.order.SalesOrderProcess.Variables.REVIEW_AGAIN;

import com.gendan.order.OrderFormVariables;
import com.gendan.order.OrderService;
import com.gendan.order.OrderStatus;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an approved change (D6) to the order's lines, tells production, the warehouse and the
 * assistant (unless a signed change request mailed everyone already), and refreshes what the
 * order's forms show. A change down to what has shipped fulfils the order; one applied after a
 * clean review but before the plan has the order reviewed again.
 */
@Component(SalesOrderProcess.Beans.APPLY_CHANGE)
class ApplyOrderChange implements JavaDelegate {

  private final OrderChanges changes;
  private final OrderService orderService;
  private final OrderFormVariables formVariables;
  private final OrderChangeMails mails;

  ApplyOrderChange(
      OrderChanges changes,
      OrderService orderService,
      OrderFormVariables formVariables,
      OrderChangeMails mails) {
    this.changes = changes;
    this.orderService = orderService;
    this.formVariables = formVariables;
    this.mails = mails;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    OrderChange change = changes.load(ORDER_CHANGE_ID.require(execution));
    boolean reviewedNotPlanned =
        orderService.load(change.orderId()).status() == OrderStatus.REVIEWED;
    boolean planAffected = changes.apply(change, Actors.SYSTEM);
    PLAN_AFFECTED.setLocal(execution, planAffected);
    if (reviewedNotPlanned) {
      // reviewed clean, the plan not out yet: the changed lines are reviewed before it goes
      REVIEW_AGAIN.set(execution.getProcessInstance(), true);
    }
    formVariables.publish(execution.getProcessInstance(), change.orderId());
    if (change.changeRequestId() == null) {
      // a signed request mails every department itself (ChangeRequestMails.approved)
      mails.orderChanged(change.orderId(), change.reason(), planAffected);
    }
    if (orderService.load(change.orderId()).fulfilled()) {
      FULFILLED.set(execution.getProcessInstance(), true);
    }
  }
}
