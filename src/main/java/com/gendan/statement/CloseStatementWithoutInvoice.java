package com.gendan.statement;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A confirmed statement whose amount is not positive is settled without an invoice. */
@Component(MonthlyStatementProcess.Beans.CLOSE_WITHOUT_INVOICE)
class CloseStatementWithoutInvoice implements JavaDelegate {

  private final StatementService statementService;

  CloseStatementWithoutInvoice(StatementService statementService) {
    this.statementService = statementService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    statementService.closeWithoutInvoice(
        MonthlyStatementProcess.Variables.STATEMENT_ID.require(execution),
        Actors.currentUserOr(null));
  }
}
