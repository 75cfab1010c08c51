package com.gendan.order;

import com.gendan.order.OrderDecisions.DeviationDecision;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A sales manager's decision on a price deviation the assistant accepted. */
@Component(SalesOrderProcess.Beans.PRICE_DEVIATION_RECORDED)
class PriceDeviationRecorded implements TaskListener {

  private final OrderService orderService;
  private final FormLabels formLabels;

  PriceDeviationRecorded(OrderService orderService, FormLabels formLabels) {
    this.orderService = orderService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    InvalidTaskInputException.translating(
        labels::of,
        () ->
            orderService.decidePriceDeviation(
                SalesOrderProcess.Variables.ORDER_ID.require(task),
                SalesOrderProcess.Variables.DEVIATION_DECISION.answer(task, "请选择同意或不同意")
                    == DeviationDecision.CONFIRM,
                SalesOrderProcess.Variables.DEVIATION_COMMENT.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
