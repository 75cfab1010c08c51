package com.gendan.receivable;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.document.Spreadsheet;
import com.gendan.identity.Role;
import com.gendan.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
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
    user.requireAnyRole(
        "无权查看应收账款账龄表",
        Role.FINANCE,
        Role.GENERAL_MANAGER,
        Role.SALES_MANAGER,
        Role.AUDITOR,
        Role.SALES_ASSISTANT,
        Role.SALES_REP);
    return aging(customers.readableBy(user, null));
  }

  /** The aging of every customer's open receivables (the weekly report's). */
  public AgingReport aging() {
    return aging(CustomerSelection.everyCustomer());
  }

  private AgingReport aging(CustomerSelection selection) {
    LocalDate today = LocalDate.now(clock);
    if (selection.customerIds() != null && selection.customerIds().isEmpty()) {
      return AgingReport.of(today, List.of());
    }
    String sql =
        "SELECT c.code, c.chinese_name, r.currency, r.due_on, r.outstanding"
            + " FROM receivable r JOIN customer c ON c.id = r.customer_id"
            + " WHERE r.status = 'OPEN' AND r.outstanding > 0";
    JdbcClient.StatementSpec query =
        selection.customerIds() == null
            ? jdbc.sql(sql)
            : jdbc.sql(sql + " AND r.customer_id IN (:customers)")
                .param("customers", selection.customerIds());
    List<AgingReport.OpenItem> items =
        query
            .query(
                (rs, row) ->
                    new AgingReport.OpenItem(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getBigDecimal(5)))
            .list();
    return AgingReport.of(today, items);
  }

  /** The report's workbook (the weekly report's attachment). */
  public byte[] workbook(AgingReport report) {
    return Spreadsheet.workbook(clock.getZone(), sheet(report));
  }

  /** The workbook's file name without extension. */
  public static String fileName(AgingReport report) {
    return "应收账款账龄-" + report.asOf();
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
