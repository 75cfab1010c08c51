package com.gendan.statement;

import static com.gendan.statement.MonthlyStatementProcess.Variables.ANSWER;
import static com.gendan.statement.MonthlyStatementProcess.Variables.ANSWERED_ON;
import static com.gendan.statement.MonthlyStatementProcess.Variables.DISPUTED_LINES;
import static com.gendan.statement.MonthlyStatementProcess.Variables.DISPUTE_NOTE;
import static com.gendan.statement.MonthlyStatementProcess.Variables.INVOICE_NEEDED;
import static com.gendan.statement.MonthlyStatementProcess.Variables.STATEMENT_ID;

import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import com.gendan.statement.MonthlyStatementProcess.Answer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The customer's answer as the assistant registers it: confirmed (finance is told when there is
 * something to invoice), or disputed with one row "行号 原因" per line.
 */
@Component(MonthlyStatementProcess.Beans.ANSWER_REGISTERED)
class StatementAnswerRegistered implements TaskListener {

  private final StatementService statementService;
  private final StatementFormVariables formVariables;
  private final StatementMails mails;
  private final FormLabels formLabels;

  StatementAnswerRegistered(
      StatementService statementService,
      StatementFormVariables formVariables,
      StatementMails mails,
      FormLabels formLabels) {
    this.statementService = statementService;
    this.formVariables = formVariables;
    this.mails = mails;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    long statementId = STATEMENT_ID.require(task);
    String userId = Actors.currentUserOr(task.getAssignee());
    Answer answer =
        InvalidTaskInputException.translating(labels::of, () -> ANSWER.answer(task, "请选择客户答复"));
    LocalDate answeredOn =
        InvalidTaskInputException.translating(
            labels::of, () -> ANSWERED_ON.answer(task, "请填写答复日期"));
    if (answer == Answer.CONFIRM) {
      InvalidTaskInputException.translating(
          labels::of, () -> statementService.confirm(statementId, answeredOn, userId));
      boolean invoiceNeeded = statementService.needsInvoice(statementId);
      INVOICE_NEEDED.set(task, invoiceNeeded);
      if (invoiceNeeded) {
        mails.confirmed(statementId);
      }
      return;
    }
    List<FieldProblem> unreadable = new ArrayList<>();
    TextRows.RowItems<StatementService.DisputedLine> rows =
        InvalidTaskInputException.translating(
            labels::of,
            () ->
                TextRows.read(
                    DISPUTED_LINES.name(),
                    DISPUTED_LINES.get(task),
                    unreadable,
                    StatementAnswerRegistered::line));
    InvalidTaskInputException.registeringRows(
        rows,
        unreadable,
        labels::of,
        List::of,
        () -> {
          statementService.dispute(
              statementId, answeredOn, rows.items(), DISPUTE_NOTE.get(task), userId);
          return null;
        });
    formVariables.publish(task.getExecution(), statementId);
  }

  private static StatementService.DisputedLine line(TextRows.Row row, Consumer<String> unreadable) {
    String[] parts = row.text().split(TextRows.CELL_SEPARATORS, 2);
    Integer lineNo = row.wholeNumber(0);
    if (lineNo == null || parts.length < 2 || parts[1].isBlank()) {
      unreadable.accept("请按“行号 原因”填写，如：3 单价应为 0.03");
      return null;
    }
    return new StatementService.DisputedLine(lineNo, parts[1].strip());
  }
}
