package com.gendan.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps an approved change's lines and reason in its own event sub-process instance. */
@Component(SalesOrderProcess.Beans.CHANGE_RECEIVED)
class OrderChangeReceived implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    SalesOrderProcess.Variables.CHANGED_LINES_TEXT.moveIntoScope(execution);
    SalesOrderProcess.Variables.CHANGE_REASON.moveIntoScope(execution);
  }
}
