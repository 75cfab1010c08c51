package com.gendan.shortage;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Numbers;
import com.gendan.process.TextRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The allocation as the sales manager's form takes it: one order line a row, "订单号 行号 数量". A row
 * that cannot be read is named with its number; what the rows allocate is checked by {@link
 * ShortageAllocations#allocate}.
 */
final class AllocationText {

  static final String FIELD = ShortageAllocationProcess.Variables.ALLOCATION_TEXT.name();
  static final String FORMAT = "订单号 行号 数量";

  private AllocationText() {}

  static TextRows.RowItems<AllocationLine> parse(String text) {
    List<FieldProblem> problems = new ArrayList<>();
    TextRows.RowItems<AllocationLine> lines =
        TextRows.read(FIELD, text, problems, AllocationText::line);
    InvalidRequestException.throwIfAny(problems);
    return lines;
  }

  private static AllocationLine line(TextRows.Row row, Consumer<String> unreadable) {
    Integer lineNo = row.cells().size() == 3 ? row.wholeNumber(1) : null;
    BigDecimal quantity = lineNo != null ? row.number(2) : null;
    if (quantity == null) {
      unreadable.accept("应为“" + FORMAT + "”：" + row.text());
      return null;
    }
    return new AllocationLine(row.cells().get(0), lineNo, quantity);
  }

  /** The proposal as the manager edits it. */
  static String format(List<Claim> claims) {
    return claims.stream()
        .map(c -> c.key() + " " + Numbers.plain(c.allocated()))
        .collect(Collectors.joining("\n"));
  }
}
