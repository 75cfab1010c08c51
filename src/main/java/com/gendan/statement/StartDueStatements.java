package com.gendan.statement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The calendar's daily step: a statement run for every customer whose statement day has come. */
@Component(StatementCalendarProcess.Beans.START_DUE_STATEMENTS)
class StartDueStatements implements JavaDelegate {

  private final StatementCalendar calendar;

  StartDueStatements(StatementCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    calendar.startDue();
  }
}
