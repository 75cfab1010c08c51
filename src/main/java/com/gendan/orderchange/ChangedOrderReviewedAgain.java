package com.gendan.orderchange;

import static com.gendan.order.SalesOrderProcess.Variables.REVIEW_AGAIN;

import com.gendan.order.SalesOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The order goes round the review again for the change applied after its clean review: the mark
 * that sent it is cleared, so a later change marks it anew.
 */
@Component(SalesOrderProcess.Beans.CHANGED_ORDER_REVIEWED_AGAIN)
class ChangedOrderReviewedAgain implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    REVIEW_AGAIN.set(execution.getProcessInstance(), false);
  }
}
