package com.gendan.production;

import com.gendan.order.SalesOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Production confirmed a plan (after the plan listener stored it): a planned completion that will
 * miss a requested date raises the LATE exception now, escalated like any other.
 */
@Component(SalesOrderProcess.Beans.PLAN_DUE_DATES_CHECKED)
class PlanDueDatesChecked implements TaskListener {

  private final DueDateWatch watch;

  PlanDueDatesChecked(DueDateWatch watch) {
    this.watch = watch;
  }

  @Override
  public void notify(DelegateTask task) {
    watch.checkNow(SalesOrderProcess.Variables.ORDER_ID.require(task));
  }
}
