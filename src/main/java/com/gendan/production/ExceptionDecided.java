package com.gendan.production;

import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_DECISION;
import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_ID;

import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records top management's decision on a production exception. */
@Component(SalesOrderProcess.Beans.EXCEPTION_DECIDED)
class ExceptionDecided implements TaskListener {

  private final OrderExceptions exceptions;
  private final FormLabels formLabels;

  ExceptionDecided(OrderExceptions exceptions, FormLabels formLabels) {
    this.exceptions = exceptions;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    InvalidTaskInputException.translating(
        labels::of,
        () ->
            exceptions.decide(
                EXCEPTION_ID.require(task),
                EXCEPTION_DECISION.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
