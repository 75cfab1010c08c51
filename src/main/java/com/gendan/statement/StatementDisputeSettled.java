package com.gendan.statement;

import static com.gendan.statement.MonthlyStatementProcess.Variables.APPROVAL_NEEDED;
import static com.gendan.statement.MonthlyStatementProcess.Variables.SETTLEMENTS;
import static com.gendan.statement.MonthlyStatementProcess.Variables.STATEMENT_ID;

import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import com.gendan.statement.StatementLine.Settlement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The assistant settles every disputed line, one row each: "行号 改价 单价 理由", "行号 改量 数量 理由" or "行号 说明
 * 理由". Corrections above the limit go to the sales manager.
 */
@Component(MonthlyStatementProcess.Beans.DISPUTE_SETTLED)
class StatementDisputeSettled implements TaskListener {

  static final String PRICE = "改价";
  static final String QUANTITY = "改量";
  static final String EXPLAIN = "说明";

  private static final String FORMAT = "请按“行号 改价 单价 理由”“行号 改量 数量 理由”或“行号 说明 理由”填写";

  private final StatementService statementService;
  private final StatementMails mails;
  private final FormLabels formLabels;

  StatementDisputeSettled(
      StatementService statementService, StatementMails mails, FormLabels formLabels) {
    this.statementService = statementService;
    this.mails = mails;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    List<FieldProblem> unreadable = new ArrayList<>();
    TextRows.RowItems<StatementService.LineSettlement> rows =
        InvalidTaskInputException.translating(
            labels::of,
            () ->
                TextRows.read(
                    SETTLEMENTS.name(),
                    SETTLEMENTS.get(task),
                    unreadable,
                    StatementDisputeSettled::settlement));
    boolean approvalNeeded =
        InvalidTaskInputException.registeringRows(
            rows,
            unreadable,
            labels::of,
            List::of,
            () ->
                statementService.settle(
                    STATEMENT_ID.require(task),
                    rows.items(),
                    Actors.currentUserOr(task.getAssignee())));
    APPROVAL_NEEDED.set(task, approvalNeeded);
    if (approvalNeeded) {
      mails.correctionsToApprove(STATEMENT_ID.require(task), task.getId());
    }
  }

  private static StatementService.LineSettlement settlement(
      TextRows.Row row, Consumer<String> unreadable) {
    Integer lineNo = row.wholeNumber(0);
    String kind = row.cells().size() > 1 ? row.cells().get(1) : "";
    if (lineNo == null) {
      unreadable.accept(FORMAT);
      return null;
    }
    if (kind.equals(EXPLAIN)) {
      String[] parts = row.text().split(TextRows.CELL_SEPARATORS, 3);
      return new StatementService.LineSettlement(
          lineNo, Settlement.EXPLAINED, null, null, parts.length < 3 ? null : parts[2]);
    }
    if (!kind.equals(PRICE) && !kind.equals(QUANTITY)) {
      unreadable.accept(FORMAT);
      return null;
    }
    BigDecimal value = row.cells().size() > 2 ? row.number(2) : null;
    if (value == null) {
      unreadable.accept((kind.equals(PRICE) ? "单价" : "数量") + "请填写数字；" + FORMAT);
      return null;
    }
    String[] parts = row.text().split(TextRows.CELL_SEPARATORS, 4);
    String note = parts.length < 4 ? null : parts[3];
    return kind.equals(PRICE)
        ? new StatementService.LineSettlement(lineNo, Settlement.CORRECTED, null, value, note)
        : new StatementService.LineSettlement(lineNo, Settlement.CORRECTED, value, null, note);
  }
}
