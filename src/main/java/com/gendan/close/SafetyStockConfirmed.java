package com.gendan.close;

import static com.gendan.close.MonthlyCloseProcess.Variables.CHANGES;
import static com.gendan.close.MonthlyCloseProcess.Variables.CLOSE_ID;
import static com.gendan.close.MonthlyCloseProcess.Variables.DECISION;

import com.gendan.close.MonthCloses.Change;
import com.gendan.close.MonthCloses.Department;
import com.gendan.close.MonthlyCloseProcess.SafetyStockDecision;
import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Production's or the warehouse's answer on 确认安全库存: the proposals accepted, or changed for the
 * products typed as rows "行号 数量" (the others keep their proposal).
 */
@Component(MonthlyCloseProcess.Beans.SAFETY_STOCK_CONFIRMED)
class SafetyStockConfirmed implements TaskListener {

  private final MonthCloses closes;
  private final FormLabels formLabels;

  SafetyStockConfirmed(MonthCloses closes, FormLabels formLabels) {
    this.closes = closes;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    long closeId = CLOSE_ID.require(task);
    Department department =
        MonthlyCloseProcess.Elements.CONFIRM_BY_WAREHOUSE.equals(task.getTaskDefinitionKey())
            ? Department.WAREHOUSE
            : Department.PRODUCTION;
    String userId = Actors.currentUserOr(task.getAssignee());
    SafetyStockDecision decision =
        InvalidTaskInputException.translating(
            labels::of, () -> DECISION.answer(task, "请选择接受建议或修改安全库存"));
    if (decision == SafetyStockDecision.ACCEPT) {
      closes.confirm(closeId, department, List.of(), userId);
      return;
    }
    List<FieldProblem> unreadable = new ArrayList<>();
    TextRows.RowItems<Change> rows =
        InvalidTaskInputException.translating(
            labels::of,
            () ->
                TextRows.read(
                    CHANGES.name(), CHANGES.get(task), unreadable, SafetyStockConfirmed::change));
    if (rows.items().isEmpty() && unreadable.isEmpty()) {
      throw new InvalidTaskInputException(labels.of(CHANGES.name()), "请按“行号 数量”填写要修改的产品，如：2 1500");
    }
    InvalidTaskInputException.registeringRows(
        rows,
        unreadable,
        labels::of,
        () -> closes.problemsOf(closeId, rows.items()),
        () -> {
          closes.confirm(closeId, department, rows.items(), userId);
          return null;
        });
  }

  private static Change change(TextRows.Row row, Consumer<String> unreadable) {
    Integer lineNo = row.cells().size() == 2 ? row.wholeNumber(0) : null;
    BigDecimal quantity = lineNo == null ? null : row.number(1);
    if (quantity == null) {
      unreadable.accept("请按“行号 数量”填写，如：2 1500");
      return null;
    }
    return new Change(lineNo, quantity);
  }
}
