package com.gendan.close;

import com.gendan.close.MonthlyCloseProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The close is done: archived, and the safety stock confirmed (or nothing to confirm). */
@Component(MonthlyCloseProcess.Beans.COMPLETE)
class CompleteMonthClose implements JavaDelegate {

  private final MonthCloses closes;

  CompleteMonthClose(MonthCloses closes) {
    this.closes = closes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    closes.complete(Variables.CLOSE_ID.require(execution));
  }
}
