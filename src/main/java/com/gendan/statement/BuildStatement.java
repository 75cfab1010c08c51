package com.gendan.statement;

import static com.gendan.statement.MonthlyStatementProcess.Variables.ANYTHING_TO_STATE;
import static com.gendan.statement.MonthlyStatementProcess.Variables.STATEMENT_DATE;
import static com.gendan.statement.MonthlyStatementProcess.Variables.STATEMENT_ID;

import com.gendan.process.Actors;
import com.gendan.scope.CustomerScope;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The statement day came: the month's statement is built, or there is nothing to state. */
@Component(MonthlyStatementProcess.Beans.BUILD)
class BuildStatement implements JavaDelegate {

  private final StatementService statementService;
  private final StatementFormVariables formVariables;

  BuildStatement(StatementService statementService, StatementFormVariables formVariables) {
    this.statementService = statementService;
    this.formVariables = formVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Long> statementId =
        statementService.build(
            CustomerScope.customerId(execution),
            STATEMENT_DATE.require(execution),
            execution.getProcessInstanceId(),
            Actors.SYSTEM);
    ANYTHING_TO_STATE.set(execution, statementId.isPresent());
    statementId.ifPresent(
        id -> {
          STATEMENT_ID.set(execution, id);
          formVariables.publish(execution, id);
        });
  }
}
