package com.gendan.order;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Numbers;
import com.gendan.process.TextRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Order lines as the intake and correction forms take them: one line a row, "产品编号 数量 单价
 * 交期(yyyy-MM-dd) [规格]". The spec may contain blanks: everything after the date is the spec.
 */
public final class OrderLinesText {

  static final String FORMAT = "产品编号 数量 单价 交期(yyyy-MM-dd) [规格]";

  private OrderLinesText() {}

  static List<OrderRequest.Line> parse(String text, String field) {
    List<OrderRequest.Line> lines = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (TextRows.Row row : TextRows.of(field, text)) {
      if (row.cells().size() < 4) {
        problems.add(new FieldProblem(field, row.where() + "应为“" + FORMAT + "”：" + row.text()));
        continue;
      }
      BigDecimal quantity = row.number(1);
      BigDecimal unitPrice = row.number(2);
      LocalDate date = date(row.cells().get(3));
      if (quantity == null || unitPrice == null || date == null) {
        problems.add(
            new FieldProblem(
                field,
                row.where()
                    + (quantity == null ? "的数量" : unitPrice == null ? "的单价" : "的交期")
                    + "无法识别："
                    + row.text()));
        continue;
      }
      String spec =
          row.cells().size() > 4
              ? String.join(" ", row.cells().subList(4, row.cells().size()))
              : null;
      lines.add(new OrderRequest.Line(row.cells().get(0), spec, quantity, unitPrice, date));
    }
    InvalidRequestException.throwIfAny(problems);
    return lines;
  }

  /** One line a row, the way the forms show an order's lines. */
  public static String format(List<SalesOrderLine> lines) {
    StringBuilder text = new StringBuilder();
    for (SalesOrderLine line : lines) {
      text.append(line.productCode())
          .append(' ')
          .append(Numbers.plain(line.quantity()))
          .append(' ')
          .append(Numbers.plain(line.unitPrice()))
          .append(' ')
          .append(line.requestedDate());
      if (line.spec() != null) {
        text.append(' ').append(line.spec());
      }
      text.append('\n');
    }
    return text.toString().strip();
  }

  private static LocalDate date(String cell) {
    try {
      return LocalDate.parse(cell);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
