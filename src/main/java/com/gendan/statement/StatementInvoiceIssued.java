package com.gendan.statement;

import static com.gendan.statement.MonthlyStatementProcess.Variables.INVOICE_AMOUNT;
import static com.gendan.statement.MonthlyStatementProcess.Variables.INVOICE_DATE;
import static com.gendan.statement.MonthlyStatementProcess.Variables.INVOICE_NUMBER;
import static com.gendan.statement.MonthlyStatementProcess.Variables.STATEMENT_ID;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Finance's invoice of the confirmed statement: number, date, amount. */
@Component(MonthlyStatementProcess.Beans.INVOICE_ISSUED)
class StatementInvoiceIssued implements TaskListener {

  private final StatementService statementService;
  private final FormLabels formLabels;

  StatementInvoiceIssued(StatementService statementService, FormLabels formLabels) {
    this.statementService = statementService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task).naming("amount", INVOICE_AMOUNT.name());
    InvalidTaskInputException.translating(
        labels::of,
        () -> {
          List<FieldProblem> problems = new ArrayList<>();
          InvoiceRequest request =
              new InvoiceRequest(
                  INVOICE_NUMBER.get(task),
                  INVOICE_DATE.read(task, problems),
                  INVOICE_AMOUNT.read(task, problems));
          InvalidRequestException.throwIfAny(problems);
          statementService.issueInvoice(
              STATEMENT_ID.require(task), request, Actors.currentUserOr(task.getAssignee()));
        });
  }
}
