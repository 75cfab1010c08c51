package com.gendan.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.gendan.web.FieldProblem;
import com.gendan.web.InvalidRequestException;

/**
 * Reads the inquiry lines typed or pasted into the start form: one product a line, its code,
 * the quantity and optionally the target price, separated by blanks, commas or tabs. Blank lines
 * are skipped; a line that cannot be read is named with its number.
 */
final class InquiryLinesText {

  static final String FIELD = QuoteApprovalProcess.Variables.INQUIRY_LINES_TEXT.name();

  private InquiryLinesText() {
  }

  static List<InquiryRequest.Line> parse(String text) {
    List<InquiryRequest.Line> lines = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    String[] rows = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      if (row.isEmpty()) {
        continue;
      }
      String[] cells = row.split("[\\s,，、;；]+");
      String where = "第" + (i + 1) + "行";
      if (cells.length < 2 || cells.length > 3) {
        problems.add(new FieldProblem(FIELD, where + "应为“产品编号 数量 [目标单价]”：" + row));
        continue;
      }
      BigDecimal quantity = number(cells[1]);
      BigDecimal targetPrice = cells.length == 3 ? number(cells[2]) : null;
      if (quantity == null) {
        problems.add(new FieldProblem(FIELD, where + "的数量不是数字：" + cells[1]));
      } else if (cells.length == 3 && targetPrice == null) {
        problems.add(new FieldProblem(FIELD, where + "的目标单价不是数字：" + cells[2]));
      } else {
        lines.add(new InquiryRequest.Line(cells[0], quantity, targetPrice));
      }
    }
    InvalidRequestException.throwIfAny(problems);
    return lines;
  }

  private static BigDecimal number(String cell) {
    try {
      return new BigDecimal(cell);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
