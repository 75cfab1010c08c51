package com.gendan.production;

import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_DECISION;
import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_ID;

import com.gendan.order.OrderFieldLabels;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records top management's decision on a production exception. */
@Component(SalesOrderProcess.Beans.EXCEPTION_DECIDED)
class ExceptionDecided implements TaskListener {

  private final OrderExceptions exceptions;

  ExceptionDecided(OrderExceptions exceptions) {
    this.exceptions = exceptions;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        OrderFieldLabels.LABELS::of,
        () ->
            exceptions.decide(
                EXCEPTION_ID.require(task),
                EXCEPTION_DECISION.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
