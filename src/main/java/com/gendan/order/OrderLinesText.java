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
import java.util.function.Consumer;

/**
 * Order lines as the intake and correction forms take them: one line a row, "产品编号 数量 单价
 * 交期(yyyy-MM-dd) [规格]". The spec may contain blanks: everything after the date is the spec.
 */
public final class OrderLinesText {

  static final String FORMAT = "产品编号 数量 单价 交期(yyyy-MM-dd) [规格]";

  private OrderLinesText() {}

  /** The lines of the text; an {@link InvalidRequestException} naming each unreadable row. */
  public static TextRows.RowItems<OrderRequest.Line> parse(String text, String field) {
    List<FieldProblem> problems = new ArrayList<>();
    TextRows.RowItems<OrderRequest.Line> lines = read(text, field, problems);
    InvalidRequestException.throwIfAny(problems);
    return lines;
  }

  /** The lines of the text; each row that cannot be read is added to {@code unreadable}. */
  static TextRows.RowItems<OrderRequest.Line> read(
      String text, String field, List<FieldProblem> unreadable) {
    return TextRows.read(field, text, unreadable, OrderLinesText::line);
  }

  private static OrderRequest.Line line(TextRows.Row row, Consumer<String> unreadable) {
    if (row.cells().size() < 4) {
      unreadable.accept("应为“" + FORMAT + "”：" + row.text());
      return null;
    }
    BigDecimal quantity = row.number(1);
    BigDecimal unitPrice = row.number(2);
    LocalDate date = date(row.cells().get(3));
    if (quantity == null || unitPrice == null || date == null) {
      unreadable.accept(
          (quantity == null ? "数量" : unitPrice == null ? "单价" : "交期") + "无法识别：" + row.text());
      return null;
    }
    String spec =
        row.cells().size() > 4
            ? String.join(" ", row.cells().subList(4, row.cells().size()))
            : null;
    return new OrderRequest.Line(row.cells().get(0), spec, quantity, unitPrice, date);
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
