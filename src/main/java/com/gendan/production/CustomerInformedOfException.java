package com.gendan.production;

import static com.gendan.order.SalesOrderProcess.Variables.CUSTOMER_INFORMED_HOW;
import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_ID;

import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records how the assistant told the customer about the exception and its handling. */
@Component(SalesOrderProcess.Beans.CUSTOMER_INFORMED)
class CustomerInformedOfException implements TaskListener {

  private final OrderExceptions exceptions;
  private final FormLabels formLabels;

  CustomerInformedOfException(OrderExceptions exceptions, FormLabels formLabels) {
    this.exceptions = exceptions;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    InvalidTaskInputException.translating(
        labels::of,
        () ->
            exceptions.customerInformed(
                EXCEPTION_ID.require(task),
                CUSTOMER_INFORMED_HOW.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
