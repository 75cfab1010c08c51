package com.gendan.quote;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.TextRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the inquiry lines typed or pasted into the start form: one product a row, its code, the
 * quantity and optionally the target price. A row that cannot be read is named with its number.
 */
final class InquiryLinesText {

  static final String FIELD = QuoteApprovalProcess.Variables.INQUIRY_LINES_TEXT.name();

  private InquiryLinesText() {}

  static List<InquiryRequest.Line> parse(String text) {
    List<InquiryRequest.Line> lines = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (TextRows.Row row : TextRows.of(FIELD, text)) {
      int cells = row.cells().size();
      if (cells < 2 || cells > 3) {
        problems.add(new FieldProblem(FIELD, row.where() + "应为“产品编号 数量 [目标单价]”：" + row.text()));
        continue;
      }
      BigDecimal quantity = row.number(1);
      BigDecimal targetPrice = cells == 3 ? row.number(2) : null;
      if (quantity == null) {
        problems.add(new FieldProblem(FIELD, row.where() + "的数量不是数字：" + row.cells().get(1)));
      } else if (cells == 3 && targetPrice == null) {
        problems.add(new FieldProblem(FIELD, row.where() + "的目标单价不是数字：" + row.cells().get(2)));
      } else {
        lines.add(new InquiryRequest.Line(row.cells().get(0), quantity, targetPrice));
      }
    }
    InvalidRequestException.throwIfAny(problems);
    return lines;
  }
}
