package com.gendan.order;

import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.gendan.process.ProcessVariable;

/** Every correction opens blank: the last one is in the order's history. */
@Component(SalesOrderProcess.Beans.CORRECTION_STARTED)
class OrderCorrectionStarted implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution instance = task.getExecution().getProcessInstance();
    Stream.of(SalesOrderProcess.Variables.CORRECTION_ACTION,
            SalesOrderProcess.Variables.REVISED_LINES_TEXT,
            SalesOrderProcess.Variables.ACCEPTANCE_REASON)
        .map(ProcessVariable::name).forEach(instance::removeVariable);
  }
}
