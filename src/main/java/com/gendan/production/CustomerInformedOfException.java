package com.gendan.production;

import static com.gendan.order.SalesOrderProcess.Variables.CUSTOMER_INFORMED_HOW;
import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_ID;

import com.gendan.order.OrderFieldLabels;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records how the assistant told the customer about the exception and its handling. */
@Component(SalesOrderProcess.Beans.CUSTOMER_INFORMED)
class CustomerInformedOfException implements TaskListener {

  private final OrderExceptions exceptions;

  CustomerInformedOfException(OrderExceptions exceptions) {
    this.exceptions = exceptions;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        OrderFieldLabels.LABELS::of,
        () ->
            exceptions.customerInformed(
                EXCEPTION_ID.require(task),
                CUSTOMER_INFORMED_HOW.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
