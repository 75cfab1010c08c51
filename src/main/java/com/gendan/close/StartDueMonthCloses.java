package com.gendan.close;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The calendar's step on the 1st: last month's close of every customer due. */
@Component(MonthCloseCalendarProcess.Beans.START_DUE_CLOSES)
class StartDueMonthCloses implements JavaDelegate {

  private final MonthCloseCalendar calendar;

  StartDueMonthCloses(MonthCloseCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    calendar.startDue();
  }
}
