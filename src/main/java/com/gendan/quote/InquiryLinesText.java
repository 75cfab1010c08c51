package com.gendan.quote;

import com.gendan.problem.FieldProblem;
import com.gendan.process.TextRows;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the inquiry lines typed or pasted into the start form: one product a row, its code, the
 * quantity and optionally the target price. A row that cannot be read is named with its number.
 */
final class InquiryLinesText {

  static final String FIELD = QuoteApprovalProcess.Variables.INQUIRY_LINES_TEXT.name();

  private InquiryLinesText() {}

  /** The lines of the text; each row that cannot be read is added to {@code unreadable}. */
  static TextRows.RowItems<InquiryRequest.Line> read(String text, List<FieldProblem> unreadable) {
    return TextRows.read(FIELD, text, unreadable, InquiryLinesText::line);
  }

  private static InquiryRequest.Line line(TextRows.Row row, Consumer<String> unreadable) {
    int cells = row.cells().size();
    if (cells < 2 || cells > 3) {
      unreadable.accept("应为“产品编号 数量 [目标单价]”：" + row.text());
      return null;
    }
    BigDecimal quantity = row.number(1);
    BigDecimal targetPrice = cells == 3 ? row.number(2) : null;
    if (quantity == null) {
      unreadable.accept("数量不是数字：" + row.cells().get(1));
      return null;
    }
    if (cells == 3 && targetPrice == null) {
      unreadable.accept("目标单价不是数字：" + row.cells().get(2));
      return null;
    }
    return new InquiryRequest.Line(row.cells().get(0), quantity, targetPrice);
  }
}
