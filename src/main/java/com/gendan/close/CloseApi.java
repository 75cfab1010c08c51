package com.gendan.close;

import com.gendan.audit.DocumentReadLog;
import com.gendan.audit.ReadDocument;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.customer.CustomerView;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.document.DocumentLinks;
import com.gendan.identity.Role;
import com.gendan.problem.InvalidRequestException;
import com.gendan.security.CurrentUser;
import com.gendan.time.Months;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly close's reads: the archive index of a month's closed documents per customer, and the
 * usage statements. Who may read: the customer's assistant and sales rep, managers, finance, top
 * management and auditors (as statements); the usage statements also production and the warehouse,
 * to whom they are sent. Every read is logged per customer.
 */
@Service
@Transactional(readOnly = true)
class CloseApi {

  private static final Logger LOG = LoggerFactory.getLogger(CloseApi.class);

  private final JdbcClient jdbc;
  private final CustomerDirectory customers;
  private final MonthCloses closes;
  private final DocumentReadLog readLog;
  private final Clock clock;

  CloseApi(
      JdbcClient jdbc,
      CustomerDirectory customers,
      MonthCloses closes,
      DocumentReadLog readLog,
      Clock clock) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.closes = closes;
    this.readLog = readLog;
    this.clock = clock;
  }

  /** A document in the archive index, with its printable page and PDF. */
  record ArchivedDocumentView(
      String customerCode,
      String month,
      String kind,
      String kindLabel,
      String documentNumber,
      OffsetDateTime endedAt,
      String documentUrl,
      String pdfUrl) {}

  ResultPage<ArchivedDocumentView> archive(
      String customer, String month, Paging paging, CurrentUser user) {
    YearMonth wanted = month(month, true);
    CustomerSelection selection = customers.readableBy(user, customer);
    ResultPage<ArchivedDocumentView> page =
        page(
            selection,
            "FROM archived_document a JOIN customer c ON c.id = a.customer_id"
                + " WHERE a.close_month = :month",
            "a.customer_id",
            "SELECT c.code, a.close_month, a.kind, a.document_number, a.ended_at, a.customer_id ",
            "ORDER BY a.customer_id, a.ended_at, a.id",
            wanted.toString(),
            paging,
            (rs, i) -> {
              ArchivedKind kind = ArchivedKind.valueOf(rs.getString(3));
              String url = kind.page(rs.getString(4));
              return new Row<>(
                  rs.getLong(6),
                  new ArchivedDocumentView(
                      rs.getString(1),
                      rs.getString(2),
                      kind.name(),
                      kind.label(),
                      rs.getString(4),
                      rs.getObject(5, OffsetDateTime.class)
                          .atZoneSameInstant(clock.getZone())
                          .toOffsetDateTime(),
                      url,
                      url + DocumentLinks.PDF));
            },
            ReadDocument.ARCHIVE,
            user);
    LOG.info("Archive of {} listed by {} (customer {}): {}", wanted, user.userId(), customer, page);
    return page;
  }

  /** A usage statement: the customer's month, a line per product. */
  record UsageStatementView(
      String customerCode,
      String customerName,
      String month,
      String closeStatus,
      boolean consignment,
      List<MonthCloses.UsageLine> lines) {}

  ResultPage<UsageStatementView> usageStatements(
      String customer, String month, Paging paging, CurrentUser user) {
    YearMonth wanted = month(month, false);
    CustomerSelection selection =
        (user.hasRole(Role.PRODUCTION) || user.hasRole(Role.WAREHOUSE))
            ? departmentSelection(customer)
            : customers.readableBy(user, customer);
    ResultPage<UsageStatementView> page =
        page(
            selection,
            "FROM month_close m JOIN customer c ON c.id = m.customer_id"
                + " WHERE (:month = '' OR m.close_month = :month)"
                + " AND EXISTS (SELECT 1 FROM usage_statement_line l WHERE l.close_id = m.id)",
            "m.customer_id",
            "SELECT m.id, c.code, m.close_month, m.status, m.customer_id ",
            "ORDER BY m.close_month DESC, m.customer_id",
            wanted == null ? "" : wanted.toString(),
            paging,
            (rs, i) -> {
              CustomerView view = customers.findById(rs.getLong(5)).orElseThrow();
              List<MonthCloses.UsageLine> lines = closes.lines(rs.getLong(1));
              return new Row<>(
                  rs.getLong(5),
                  new UsageStatementView(
                      rs.getString(2),
                      view.chineseName(),
                      rs.getString(3),
                      rs.getString(4),
                      Boolean.TRUE.equals(view.consignment()),
                      lines));
            },
            ReadDocument.USAGE_STATEMENT,
            user);
    LOG.info(
        "Usage statements listed by {} (customer {}, month {}): {}",
        user.userId(),
        customer,
        wanted,
        page);
    return page;
  }

  /** Production and the warehouse serve every customer. */
  private CustomerSelection departmentSelection(String code) {
    if (code == null || code.isBlank()) {
      return CustomerSelection.everyCustomer();
    }
    return CustomerSelection.of(
        customers.findByCode(code).map(c -> List.of(c.id())).orElse(List.of()));
  }

  private record Row<T>(long customerId, T view) {}

  private <T> ResultPage<T> page(
      CustomerSelection selection,
      String from,
      String customerColumn,
      String select,
      String order,
      String month,
      Paging paging,
      org.springframework.jdbc.core.RowMapper<Row<T>> mapper,
      ReadDocument document,
      CurrentUser user) {
    if (selection.customerIds() != null && selection.customerIds().isEmpty()) {
      return ResultPage.empty(paging);
    }
    String where =
        from
            + (selection.customerIds() == null
                ? ""
                : " AND " + customerColumn + " IN (:customers)");
    List<Row<T>> rows =
        bind(
                jdbc.sql(select + where + " " + order + " LIMIT :limit OFFSET :offset"),
                selection,
                month)
            .param("limit", paging.size() + 1)
            .param("offset", paging.offset())
            .query(mapper)
            .list();
    ResultPage<Row<T>> page =
        ResultPage.of(
            rows,
            paging,
            () ->
                bind(jdbc.sql("SELECT COUNT(*) " + where), selection, month)
                    .query(Long.class)
                    .single());
    Set<Long> read = new LinkedHashSet<>();
    page.items().forEach(row -> read.add(row.customerId()));
    read.forEach(customerId -> readLog.record(user, customerId, document, month));
    return page.map(Row::view);
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec sql, CustomerSelection selection, String month) {
    JdbcClient.StatementSpec bound = sql.param("month", month);
    return selection.customerIds() == null
        ? bound
        : bound.param("customers", selection.customerIds());
  }

  /** The month asked for ({@link Months#parse}); required for the archive. */
  private YearMonth month(String text, boolean required) {
    YearMonth month = Months.parse("month", text, clock);
    if (month == null && required) {
      throw InvalidRequestException.of("month", "请填写月份，如 " + YearMonth.now(clock).minusMonths(1));
    }
    return month;
  }
}
