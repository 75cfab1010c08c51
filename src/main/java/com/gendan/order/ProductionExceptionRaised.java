package com.gendan.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a raised exception's id in its own event sub-process instance, several can be open, and
 * opens the inform form's field there, so the customer's answer to one exception is never shown on
 * the next one's form.
 */
@Component(SalesOrderProcess.Beans.EXCEPTION_RAISED)
class ProductionExceptionRaised implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    SalesOrderProcess.Variables.EXCEPTION_DECISION.setLocal(execution, null);
    SalesOrderProcess.Variables.CUSTOMER_INFORMED_HOW.setLocal(execution, null);
  }
}
