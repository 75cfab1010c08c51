package com.gendan.production;

import static com.gendan.order.SalesOrderProcess.Variables.CUSTOMER_INFORMED_HOW;
import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_DECIDED_ALREADY;
import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_DECISION;
import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_ID;
import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_SUMMARY;

import com.gendan.order.SalesOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Puts a raised exception's summary, and top management's decision when it was taken before (an
 * order giving way to an urgent demand), in the exception's own event sub-process instance (the
 * message put its id there), with the inform form's field empty. Several can be open, so the
 * answers to one exception are never shown on the next one's forms.
 */
@Component(SalesOrderProcess.Beans.EXCEPTION_RAISED)
public class ProductionExceptionRaised implements ExecutionListener {

  private final OrderExceptions exceptions;

  ProductionExceptionRaised(OrderExceptions exceptions) {
    this.exceptions = exceptions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    OrderException exception = exceptions.load(EXCEPTION_ID.require(execution));
    EXCEPTION_SUMMARY.setLocal(execution, exception.summary());
    EXCEPTION_DECISION.setLocal(execution, exception.decision());
    EXCEPTION_DECIDED_ALREADY.setLocal(execution, exception.decision() != null);
    CUSTOMER_INFORMED_HOW.setLocal(execution, null);
  }
}
