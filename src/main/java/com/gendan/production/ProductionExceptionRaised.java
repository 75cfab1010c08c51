package com.gendan.production;

import com.gendan.order.SalesOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Opens the decision's and the inform form's fields in a raised exception's own event sub-process
 * instance (the message put its id there), several can be open, so the answers to one exception are
 * never shown on the next one's forms.
 */
@Component(SalesOrderProcess.Beans.EXCEPTION_RAISED)
public class ProductionExceptionRaised implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    SalesOrderProcess.Variables.EXCEPTION_DECISION.setLocal(execution, null);
    SalesOrderProcess.Variables.CUSTOMER_INFORMED_HOW.setLocal(execution, null);
  }
}
