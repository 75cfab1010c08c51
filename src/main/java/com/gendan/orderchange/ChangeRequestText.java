package com.gendan.orderchange;

import com.gendan.process.FormDates;
import com.gendan.process.TextRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** The rows the change request's forms take as text, read into the API's request records. */
final class ChangeRequestText {

  static final String KEEP = "-";

  private ChangeRequestText() {}

  /** "行号 数量 交期 [规格]", "-" for what stays. */
  static ChangeRequestData.Line changedLine(TextRows.Row row, Consumer<String> unreadable) {
    List<String> cells = row.cells();
    if (cells.size() < 2) {
      unreadable.accept("格式应为：行号 新数量 新交期 [新规格]，不变的写 -");
      return null;
    }
    Integer lineNo = row.wholeNumber(0);
    if (lineNo == null) {
      unreadable.accept("行号应为整数");
      return null;
    }
    BigDecimal quantity = null;
    if (!KEEP.equals(cells.get(1))) {
      quantity = row.number(1);
      if (quantity == null) {
        unreadable.accept("数量应为数字，不变写 -");
        return null;
      }
    }
    LocalDate date = null;
    if (cells.size() > 2 && !KEEP.equals(cells.get(2))) {
      Optional<LocalDate> parsed = FormDates.parse(cells.get(2));
      if (parsed.isEmpty()) {
        unreadable.accept("交期应为 yyyy-MM-dd，不变写 -");
        return null;
      }
      date = parsed.get();
    }
    String spec = cells.size() > 3 ? String.join(" ", cells.subList(3, cells.size())) : null;
    return new ChangeRequestData.Line(lineNo, quantity, date, spec);
  }

  /** "物料 数量 金额": the item may hold blanks, the last two cells are numbers. */
  static ImpactData.DeadStockLine deadStockLine(TextRows.Row row, Consumer<String> unreadable) {
    List<String> cells = row.cells();
    if (cells.size() < 3) {
      unreadable.accept("格式应为：物料 数量 金额");
      return null;
    }
    BigDecimal quantity = row.number(cells.size() - 2);
    BigDecimal value = row.number(cells.size() - 1);
    if (quantity == null || value == null) {
      unreadable.accept("数量与金额应为数字");
      return null;
    }
    return new ImpactData.DeadStockLine(
        String.join(" ", cells.subList(0, cells.size() - 2)), quantity, value);
  }

  /** "订单号 新交期": an order that gives way to an urgent demand. */
  static ChangeRequests.YieldLine yieldingOrder(TextRows.Row row, Consumer<String> unreadable) {
    List<String> cells = row.cells();
    Optional<LocalDate> date = cells.size() == 2 ? FormDates.parse(cells.get(1)) : Optional.empty();
    if (date.isEmpty()) {
      unreadable.accept("格式应为：订单号 新交期（yyyy-MM-dd）");
      return null;
    }
    return new ChangeRequests.YieldLine(cells.get(0).toUpperCase(Locale.ROOT), date.get());
  }

  /** "序号 转售/重工/报废 [说明]". */
  static ChangeRequests.DispositionLine disposition(TextRows.Row row, Consumer<String> unreadable) {
    List<String> cells = row.cells();
    Integer itemNo = cells.isEmpty() ? null : row.wholeNumber(0);
    if (itemNo == null || cells.size() < 2) {
      unreadable.accept("格式应为：序号 转售/重工/报废 [说明]");
      return null;
    }
    Optional<Disposition> disposition = Disposition.of(cells.get(1));
    if (disposition.isEmpty()) {
      unreadable.accept("处理方式应为 转售、重工 或 报废");
      return null;
    }
    String note = cells.size() > 2 ? String.join(" ", cells.subList(2, cells.size())) : null;
    if (note != null && note.length() > 1000) {
      unreadable.accept("说明最多1000个字符");
      return null;
    }
    return new ChangeRequests.DispositionLine(itemNo, disposition.get(), note);
  }
}
