package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.CREDIT_HOLD_LIFTED;
import static com.gendan.order.SalesOrderProcess.Variables.CREDIT_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.gendan.process.ProcessVariable;

/** A credit hold that is still in place comes back to finance blank: the last answer is in the history. */
@Component(SalesOrderProcess.Beans.CREDIT_HOLD_STARTED)
class CreditHoldStarted implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ProcessVariable.removeFromInstance(task, CREDIT_HOLD_LIFTED, CREDIT_NOTE);
  }
}
