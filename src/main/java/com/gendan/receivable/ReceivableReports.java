package com.gendan.receivable;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.document.Spreadsheet;
import com.gendan.identity.Role;
import com.gendan.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receivables reports: the aging of the open receivables as of today, for finance, top
 * management, sales managers and auditors over every customer, for an assistant or a sales rep over
 * her own customers.
 */
@Service
@Transactional(readOnly = true)
public class ReceivableReports {

  private final CustomerDirectory customers;
  private final JdbcClient jdbc;
  private final Clock clock;

  ReceivableReports(CustomerDirectory customers, JdbcClient jdbc, Clock clock) {
    this.customers = customers;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The aging of the customers the user may read. */
  AgingReport aging(CurrentUser user) {
    requireAgingReader(user);
    return aging(customers.readableBy(user, null));
  }

  /** Who may read the aging report, and the chases of the receivables in it. */
  static void requireAgingReader(CurrentUser user) {
    user.requireAnyRole(
        "无权查看应收账款",
        Role.FINANCE,
        Role.GENERAL_MANAGER,
        Role.SALES_MANAGER,
        Role.AUDITOR,
        Role.SALES_ASSISTANT,
        Role.SALES_REP);
  }

  /** The aging of every customer's open receivables (the weekly report's). */
  public AgingReport aging() {
    return aging(CustomerSelection.everyCustomer());
  }

  private AgingReport aging(CustomerSelection selection) {
    LocalDate today = LocalDate.now(clock);
    LocalDate lastWeek = today.minusWeeks(1);
    if (selection.customerIds() != null && selection.customerIds().isEmpty()) {
      return AgingReport.of(today, List.of())
          .compared(AgingReport.of(lastWeek, List.of()), List.of());
    }
    List<AgingReport.OpenItem> open =
        select(
                selection,
                "SELECT c.code, c.chinese_name, r.currency, r.due_on, r.outstanding"
                    + " FROM receivable r JOIN customer c ON c.id = r.customer_id"
                    + " WHERE r.status = 'OPEN' AND r.outstanding > 0")
            .query(ReceivableReports::openItem)
            .list();
    // a week before: what was invoiced by then, less what had been paid by then
    List<AgingReport.OpenItem> openLastWeek =
        select(
                selection,
                "SELECT c.code, c.chinese_name, r.currency, r.due_on, r.amount - COALESCE(("
                    + "SELECT SUM(p.amount) FROM payment p WHERE p.receivable_id = r.id"
                    + " AND p.paid_on <= :day), 0)"
                    + " FROM receivable r JOIN invoice i ON i.id = r.invoice_id"
                    + " JOIN customer c ON c.id = r.customer_id WHERE i.invoice_date <= :day")
            .param("day", lastWeek)
            .query(ReceivableReports::openItem)
            .list()
            .stream()
            .filter(item -> item.outstanding().signum() > 0)
            .toList();
    List<AgingReport.OverdueItem> overdue =
        select(
                selection,
                "SELECT r.invoice_id, i.invoice_number, c.code, c.chinese_name, r.currency,"
                    + " r.due_on, r.outstanding, h.chased_at, h.chased_by, h.note"
                    + " FROM receivable r JOIN invoice i ON i.id = r.invoice_id"
                    + " JOIN customer c ON c.id = r.customer_id"
                    + " LEFT JOIN receivable_chase h ON h.id = (SELECT MAX(h2.id)"
                    + " FROM receivable_chase h2 WHERE h2.receivable_id = r.id)"
                    + " WHERE r.status = 'OPEN' AND r.outstanding > 0 AND r.due_on < :today")
            .param("today", today)
            .query(
                (rs, row) -> {
                  LocalDate dueOn = rs.getObject(6, LocalDate.class);
                  java.sql.Timestamp chasedAt = rs.getTimestamp(8);
                  return new AgingReport.OverdueItem(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      dueOn,
                      ChronoUnit.DAYS.between(dueOn, today),
                      rs.getBigDecimal(7),
                      chasedAt == null
                          ? null
                          : chasedAt.toInstant().atZone(clock.getZone()).toLocalDate(),
                      rs.getString(9),
                      rs.getString(10));
                })
            .list()
            .stream()
            .sorted(
                Comparator.comparing(AgingReport.OverdueItem::customerCode)
                    .thenComparing(AgingReport.OverdueItem::dueOn)
                    .thenComparing(AgingReport.OverdueItem::invoiceNumber))
            .toList();
    return AgingReport.of(today, open).compared(AgingReport.of(lastWeek, openLastWeek), overdue);
  }

  /** The query of the receivables of the selected customers (all when the selection is null). */
  private JdbcClient.StatementSpec select(CustomerSelection selection, String sql) {
    return selection.customerIds() == null
        ? jdbc.sql(sql)
        : jdbc.sql(sql + " AND r.customer_id IN (:customers)")
            .param("customers", selection.customerIds());
  }

  private static AgingReport.OpenItem openItem(java.sql.ResultSet rs, int row)
      throws java.sql.SQLException {
    return new AgingReport.OpenItem(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, LocalDate.class),
        rs.getBigDecimal(5));
  }

  /** The report's workbook (the weekly report's attachment). */
  public byte[] workbook(AgingReport report) {
    return Spreadsheet.workbook(clock.getZone(), sheets(report));
  }

  /** The workbook's file name without extension. */
  public static String fileName(AgingReport report) {
    return "应收账款账龄-" + report.asOf();
  }

  /** The workbook's sheets: the aging, the changes since last week, the overdue items. */
  static Spreadsheet.Sheet<?>[] sheets(AgingReport report) {
    return new Spreadsheet.Sheet<?>[] {sheet(report), changesSheet(report), overdueSheet(report)};
  }

  /** Per customer and currency: open and overdue now, a week before, and the change. */
  static Spreadsheet.Sheet<AgingReport.Change> changesSheet(AgingReport report) {
    return new Spreadsheet.Sheet<>(
        "较上周变化",
        List.of(
            new Spreadsheet.Column<>("客户编码", AgingReport.Change::customerCode),
            new Spreadsheet.Column<>("客户名称", AgingReport.Change::customerName),
            new Spreadsheet.Column<>("币别", AgingReport.Change::currency),
            new Spreadsheet.Column<>("未收合计", AgingReport.Change::total),
            new Spreadsheet.Column<>("上周未收合计", AgingReport.Change::totalLastWeek),
            new Spreadsheet.Column<>("未收变化", AgingReport.Change::totalChange),
            new Spreadsheet.Column<>("逾期合计", AgingReport.Change::overdue),
            new Spreadsheet.Column<>("上周逾期合计", AgingReport.Change::overdueLastWeek),
            new Spreadsheet.Column<>("逾期变化", AgingReport.Change::overdueChange)),
        report.changes());
  }

  /** Every overdue invoice with its last chase. */
  static Spreadsheet.Sheet<AgingReport.OverdueItem> overdueSheet(AgingReport report) {
    return new Spreadsheet.Sheet<>(
        "逾期明细",
        List.of(
            new Spreadsheet.Column<>("发票号码", AgingReport.OverdueItem::invoiceNumber),
            new Spreadsheet.Column<>("客户编码", AgingReport.OverdueItem::customerCode),
            new Spreadsheet.Column<>("客户名称", AgingReport.OverdueItem::customerName),
            new Spreadsheet.Column<>("币别", AgingReport.OverdueItem::currency),
            new Spreadsheet.Column<>("到期日", AgingReport.OverdueItem::dueOn),
            new Spreadsheet.Column<>("逾期天数", AgingReport.OverdueItem::daysOverdue),
            new Spreadsheet.Column<>("未收金额", AgingReport.OverdueItem::outstanding),
            new Spreadsheet.Column<>("最近催收日期", AgingReport.OverdueItem::lastChaseOn),
            new Spreadsheet.Column<>("最近催收人", AgingReport.OverdueItem::lastChaseBy),
            new Spreadsheet.Column<>("最近催收记录", AgingReport.OverdueItem::lastChaseNote)),
        report.overdueItems());
  }

  /** The report as a sheet: a row per customer and currency, then the totals per currency. */
  static Spreadsheet.Sheet<AgingReport.Row> sheet(AgingReport report) {
    List<AgingReport.Row> rows =
        java.util.stream.Stream.concat(report.rows().stream(), report.totals().stream()).toList();
    return new Spreadsheet.Sheet<>(
        "应收账款账龄",
        List.of(
            new Spreadsheet.Column<>("客户编码", AgingReport.Row::customerCode),
            new Spreadsheet.Column<>("客户名称", AgingReport.Row::customerName),
            new Spreadsheet.Column<>("币别", AgingReport.Row::currency),
            new Spreadsheet.Column<>("未到期", AgingReport.Row::current),
            new Spreadsheet.Column<>("逾期1-30天", AgingReport.Row::overdue1To30),
            new Spreadsheet.Column<>("逾期31-60天", AgingReport.Row::overdue31To60),
            new Spreadsheet.Column<>("逾期61-90天", AgingReport.Row::overdue61To90),
            new Spreadsheet.Column<>("逾期90天以上", AgingReport.Row::overdueOver90),
            new Spreadsheet.Column<>("合计", AgingReport.Row::total)),
        rows);
  }
}
