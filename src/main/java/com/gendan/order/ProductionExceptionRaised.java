package com.gendan.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps a raised exception's id in its own event sub-process instance: several can be open. */
@Component(SalesOrderProcess.Beans.EXCEPTION_RAISED)
class ProductionExceptionRaised implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    SalesOrderProcess.Variables.EXCEPTION_ID.moveIntoScope(execution);
  }
}
