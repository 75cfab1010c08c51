package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.ACCEPTANCE_REASON;
import static com.gendan.order.SalesOrderProcess.Variables.CORRECTION_ACTION;
import static com.gendan.order.SalesOrderProcess.Variables.REVISED_LINES_TEXT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.gendan.process.ProcessVariable;

/** Every correction opens blank: the last one is in the order's history. */
@Component(SalesOrderProcess.Beans.CORRECTION_STARTED)
class OrderCorrectionStarted implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ProcessVariable.removeFromInstance(task, CORRECTION_ACTION, REVISED_LINES_TEXT,
        ACCEPTANCE_REASON);
  }
}
