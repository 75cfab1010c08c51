package com.gendan.statement;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The settled dispute becomes the statement's next revision, which is sent again. */
@Component(MonthlyStatementProcess.Beans.REISSUE)
class ReissueStatement implements JavaDelegate {

  private final StatementService statementService;
  private final StatementFormVariables formVariables;

  ReissueStatement(StatementService statementService, StatementFormVariables formVariables) {
    this.statementService = statementService;
    this.formVariables = formVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long statementId = MonthlyStatementProcess.Variables.STATEMENT_ID.require(execution);
    statementService.reissue(statementId, Actors.currentUserOr(null));
    formVariables.publish(execution, statementId);
  }
}
