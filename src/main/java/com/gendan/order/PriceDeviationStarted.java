package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.DEVIATION_COMMENT;
import static com.gendan.order.SalesOrderProcess.Variables.DEVIATION_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.gendan.process.ProcessVariable;

/**
 * A price deviation comes to the manager undecided: an earlier decision on this order (and why)
 * is in its findings and history, never preselected.
 */
@Component(SalesOrderProcess.Beans.PRICE_DEVIATION_STARTED)
class PriceDeviationStarted implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ProcessVariable.removeFromInstance(task, DEVIATION_DECISION, DEVIATION_COMMENT);
  }
}
