package com.gendan.order;

import com.gendan.order.OrderDecisions.CreditHold;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Finance's word on the credit hold. Lifting it means clearing the customer's credit-hold flag in
 * the master data; the order is then reviewed again, which checks the flag itself.
 */
@Component(SalesOrderProcess.Beans.CREDIT_HOLD_RECORDED)
class CreditHoldRecorded implements TaskListener {

  private final OrderService orderService;
  private final FormLabels formLabels;

  CreditHoldRecorded(OrderService orderService, FormLabels formLabels) {
    this.orderService = orderService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    InvalidTaskInputException.translating(
        labels::of,
        () ->
            orderService.creditHold(
                SalesOrderProcess.Variables.ORDER_ID.require(task),
                SalesOrderProcess.Variables.CREDIT_HOLD_LIFTED.answer(task, "请选择已解除或仍冻结")
                    == CreditHold.LIFTED,
                SalesOrderProcess.Variables.CREDIT_NOTE.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
