package com.gendan.close;

import com.gendan.close.MonthlyCloseProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The usage statement with the proposed safety stock per product, shown on the form. */
@Component(MonthlyCloseProcess.Beans.BUILD_USAGE)
class BuildUsageStatement implements JavaDelegate {

  private final MonthCloses closes;

  BuildUsageStatement(MonthCloses closes) {
    this.closes = closes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long closeId = Variables.CLOSE_ID.require(execution);
    boolean anyUsage = closes.buildUsageStatement(closeId) > 0;
    Variables.ANY_USAGE.set(execution, anyUsage);
    if (anyUsage) {
      Variables.USAGE_SUMMARY.set(execution, closes.usageSummary(closeId));
    }
  }
}
