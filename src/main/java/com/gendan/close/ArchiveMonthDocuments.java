package com.gendan.close;

import com.gendan.close.MonthlyCloseProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The month's closed documents into the archive index; read-only from now on. */
@Component(MonthlyCloseProcess.Beans.ARCHIVE)
class ArchiveMonthDocuments implements JavaDelegate {

  private final MonthCloses closes;

  ArchiveMonthDocuments(MonthCloses closes) {
    this.closes = closes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    closes.archive(Variables.CLOSE_ID.require(execution));
  }
}
