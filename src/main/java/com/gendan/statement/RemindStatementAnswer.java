package com.gendan.statement;

import com.gendan.process.ReminderFiring;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Reminds the customer of a statement not yet answered, every firing of the reminder. */
@Component(MonthlyStatementProcess.Beans.REMIND_ANSWER)
class RemindStatementAnswer implements TaskListener {

  private final StatementMails mails;

  RemindStatementAnswer(StatementMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.answerReminder(
        MonthlyStatementProcess.Variables.STATEMENT_ID.require(task), ReminderFiring.of(task));
  }
}
