package com.gendan.complaint;

import com.gendan.problem.FieldProblem;
import com.gendan.process.FieldLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.ProcessVariable;
import com.gendan.process.TextRows;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A complaint form's goods per order line, one row "行号 数量" each (returned goods, re-shipped goods):
 * rows that cannot be read are named on their row.
 */
final class LineRows {

  private LineRows() {}

  static TextRows.RowItems<ComplaintService.LineQuantity> read(
      DelegateTask task,
      ProcessVariable<String> variable,
      FieldLabels labels,
      List<FieldProblem> unreadable) {
    return InvalidTaskInputException.translating(
        labels::of,
        () -> TextRows.read(variable.name(), variable.get(task), unreadable, LineRows::line));
  }

  private static ComplaintService.LineQuantity line(TextRows.Row row, Consumer<String> unreadable) {
    Integer lineNo = row.cells().size() == 2 ? row.wholeNumber(0) : null;
    BigDecimal quantity = row.cells().size() == 2 ? row.number(1) : null;
    if (lineNo == null || quantity == null) {
      unreadable.accept("请按“行号 数量”填写，如：1 200");
      return null;
    }
    return new ComplaintService.LineQuantity(lineNo, quantity);
  }
}
