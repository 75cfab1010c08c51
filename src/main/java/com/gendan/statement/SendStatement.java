package com.gendan.statement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The current revision goes to the customer's contact, PDF and Excel attached. */
@Component(MonthlyStatementProcess.Beans.SEND)
class SendStatement implements JavaDelegate {

  private final StatementMails mails;

  SendStatement(StatementMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.statement(MonthlyStatementProcess.Variables.STATEMENT_ID.require(execution));
  }
}
