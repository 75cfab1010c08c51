package com.gendan.statement;

import static com.gendan.statement.MonthlyStatementProcess.Variables.APPROVAL_COMMENT;
import static com.gendan.statement.MonthlyStatementProcess.Variables.CORRECTION_DECISION;
import static com.gendan.statement.MonthlyStatementProcess.Variables.STATEMENT_ID;

import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.statement.MonthlyStatementProcess.CorrectionDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The sales manager approves the corrections, or sends them back with the reason. */
@Component(MonthlyStatementProcess.Beans.CORRECTIONS_DECIDED)
class StatementCorrectionsDecided implements TaskListener {

  private final StatementService statementService;
  private final FormLabels formLabels;

  StatementCorrectionsDecided(StatementService statementService, FormLabels formLabels) {
    this.statementService = statementService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    InvalidTaskInputException.translating(
        labels::of,
        () ->
            statementService.decideCorrections(
                STATEMENT_ID.require(task),
                CORRECTION_DECISION.answer(task, "请选择审批决定") == CorrectionDecision.APPROVE,
                APPROVAL_COMMENT.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
