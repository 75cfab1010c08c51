package com.gendan.close;

import com.gendan.close.MonthlyCloseProcess.CloseTrigger;
import com.gendan.close.SafetyStock.Proposal;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Numbers;
import com.gendan.product.ProductCatalog;
import com.gendan.product.ProductView;
import com.gendan.scope.CustomerTenants;
import com.gendan.shipment.ShippedQuantities;
import com.gendan.statement.ConsignmentUsage;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly close's business rules (SPEC D12), one method per step: register the close once per
 * customer and month, archive the month's closed documents, build the usage statement with its
 * safety stock proposals, take each department's answer, and complete the close. A rule a user
 * broke is an {@link InvalidRequestException} naming the field; nothing changes then.
 */
@Service
@Transactional
public class MonthCloses {

  private static final Logger LOG = LoggerFactory.getLogger(MonthCloses.class);

  /** The department answering 确认安全库存. */
  enum Department {
    PRODUCTION("production"),
    WAREHOUSE("warehouse");

    private final String column;

    Department(String column) {
      this.column = column;
    }
  }

  /** A close as registered. */
  record Registration(long closeId, boolean alreadyClosed, boolean monthEnded) {}

  /** A department's changed safety stock for the usage statement's line {@code lineNo}. */
  record Change(int lineNo, BigDecimal quantity) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final ShippedQuantities shipped;
  private final ConsignmentUsage consignment;
  private final HistoryService history;
  private final CloseProperties properties;

  MonthCloses(
      JdbcClient jdbc,
      Clock clock,
      CustomerDirectory customers,
      ProductCatalog products,
      ShippedQuantities shipped,
      ConsignmentUsage consignment,
      HistoryService history,
      CloseProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.customers = customers;
    this.products = products;
    this.shipped = shipped;
    this.consignment = consignment;
    this.history = history;
    this.properties = properties;
  }

  /** Whether the customer's month has a close (started, archived or closed). */
  @Transactional(readOnly = true)
  public boolean exists(long customerId, YearMonth month) {
    return closeOf(customerId, month).isPresent();
  }

  private Optional<Long> closeOf(long customerId, YearMonth month) {
    return jdbc.sql(
            "SELECT id FROM month_close WHERE customer_id = :customer AND close_month = :month")
        .param("customer", customerId)
        .param("month", month.toString())
        .query(Long.class)
        .optional();
  }

  /**
   * Registers the customer's close of the month, or tells that one exists (a second start of the
   * same customer and month closes nothing). The month is at most the current one.
   */
  Registration register(
      long customerId, YearMonth month, String processInstanceId, CloseTrigger trigger) {
    YearMonth thisMonth = YearMonth.now(clock);
    if (month.isAfter(thisMonth)) {
      throw InvalidRequestException.of(
          MonthlyCloseProcess.Variables.CLOSE_MONTH.name(), "只能月结本月或以前的月份（本月 " + thisMonth + "）");
    }
    boolean monthEnded = month.isBefore(thisMonth);
    Optional<Long> existing = closeOf(customerId, month);
    if (existing.isPresent()) {
      LOG.info("Month {} of customer {} already has close {}", month, customerId, existing.get());
      return new Registration(existing.get(), true, monthEnded);
    }
    jdbc.sql(
            "INSERT INTO month_close (customer_id, close_month, status, started_by_event,"
                + " process_instance_id, started_at) VALUES (:customer, :month, 'STARTED',"
                + " :trigger, :instance, :now)")
        .param("customer", customerId)
        .param("month", month.toString())
        .param("trigger", (trigger == null ? CloseTrigger.MANUAL : trigger).name())
        .param("instance", processInstanceId)
        .param("now", now())
        .update();
    long id = closeOf(customerId, month).orElseThrow();
    LOG.info("Close {} of customer {} for {} registered ({})", id, customerId, month, trigger);
    return new Registration(id, false, monthEnded);
  }

  /**
   * Archives every document of the customer whose process ended in the close's month (by its end
   * time, in the department's zone; a document is linked to its process by its {@code
   * process_instance_id}); the close is then ARCHIVED and those documents read-only. A retried step
   * archives nothing twice.
   *
   * @return how many documents the archive index holds for the close
   */
  int archive(long closeId) {
    Close close = load(closeId);
    Date from = Date.from(close.month().atDay(1).atStartOfDay(clock.getZone()).toInstant());
    Date until =
        Date.from(close.month().plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant());
    Timestamp now = now();
    Map<String, Date> ended = new LinkedHashMap<>();
    for (HistoricProcessInstance instance :
        history
            .createHistoricProcessInstanceQuery()
            .tenantIdIn(CustomerTenants.tenantId(close.customerId()))
            .finished()
            .finishedAfter(from)
            .finishedBefore(until)
            .list()) {
      if (instance.getEndTime().before(until)) {
        ended.put(instance.getId(), instance.getEndTime());
      }
    }
    List<String> ids = new ArrayList<>(ended.keySet());
    for (ArchivedKind kind : ArchivedKind.values()) {
      for (int i = 0; i < ids.size(); i += 500) {
        List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
        jdbc.sql(
                "SELECT id, "
                    + kind.numberColumn()
                    + ", process_instance_id FROM "
                    + kind.table()
                    + " WHERE customer_id = :customer AND process_instance_id IN (:ids)")
            .param("customer", close.customerId())
            .param("ids", chunk)
            .query(
                (rs, row) -> {
                  archiveOne(
                      close,
                      kind,
                      rs.getLong(1),
                      rs.getString(2),
                      ended.get(rs.getString(3)).toInstant(),
                      now);
                  return null;
                })
            .list();
      }
    }
    jdbc.sql(
            "UPDATE month_close SET status = 'ARCHIVED', archived_at = :now"
                + " WHERE id = :id AND status = 'STARTED'")
        .param("now", now)
        .param("id", closeId)
        .update();
    int count =
        jdbc.sql("SELECT COUNT(*) FROM archived_document WHERE close_id = :id")
            .param("id", closeId)
            .query(Integer.class)
            .single();
    LOG.info(
        "Close {} ({} of customer {}) archived {} documents",
        closeId,
        close.month(),
        close.customerId(),
        count);
    return count;
  }

  private void archiveOne(
      Close close,
      ArchivedKind kind,
      long documentId,
      String number,
      Instant endedAt,
      Timestamp now) {
    boolean archived =
        jdbc.sql("SELECT COUNT(*) FROM archived_document WHERE kind = :kind AND document_id = :id")
                .param("kind", kind.name())
                .param("id", documentId)
                .query(Integer.class)
                .single()
            > 0;
    if (archived) {
      return;
    }
    jdbc.sql(
            "INSERT INTO archived_document (close_id, customer_id, close_month, kind, document_id,"
                + " document_number, ended_at, archived_at) VALUES (:close, :customer, :month,"
                + " :kind, :id, :number, :ended, :now)")
        .param("close", close.id())
        .param("customer", close.customerId())
        .param("month", close.month().toString())
        .param("kind", kind.name())
        .param("id", documentId)
        .param("number", number)
        .param("ended", Timestamp.from(endedAt))
        .param("now", now)
        .update();
  }

  /**
   * The usage statement of the close's month: per product shipped (for a consignment customer also
   * consumed and left on consignment) with the proposed safety stock ({@link SafetyStock}). A
   * retried step builds nothing twice.
   *
   * @return how many products it lists
   */
  int buildUsageStatement(long closeId) {
    int built = lineCount(closeId);
    if (built > 0) {
      return built;
    }
    Close close = load(closeId);
    CustomerView customer = customers.findById(close.customerId()).orElseThrow();
    boolean isConsignment = Boolean.TRUE.equals(customer.consignment());
    List<Map<String, BigDecimal>> usage = new ArrayList<>();
    Map<String, BigDecimal> shippedInMonth = Map.of();
    Map<String, BigDecimal> consumedInMonth = Map.of();
    for (int back = 2; back >= 0; back--) {
      YearMonth month = close.month().minusMonths(back);
      LocalDate from = month.atDay(1);
      LocalDate until = month.plusMonths(1).atDay(1);
      Map<String, BigDecimal> shippedThen = shipped.byProduct(close.customerId(), from, until);
      Map<String, BigDecimal> consumedThen =
          isConsignment ? consignment.consumed(close.customerId(), from, until) : Map.of();
      usage.add(isConsignment ? consumedThen : shippedThen);
      if (back == 0) {
        shippedInMonth = shippedThen;
        consumedInMonth = consumedThen;
      }
    }
    Map<String, BigDecimal> stock =
        isConsignment
            ? consignment.onConsignment(close.customerId(), close.month().atEndOfMonth())
            : Map.of();
    Set<String> codes = new TreeSet<>();
    usage.forEach(month -> codes.addAll(month.keySet()));
    codes.addAll(shippedInMonth.keySet());
    codes.addAll(stock.keySet());
    int lineNo = 0;
    for (String code : codes) {
      Proposal proposal =
          SafetyStock.propose(
              usage.stream().map(month -> month.get(code)).toList(),
              properties.safetyStockFactor());
      Optional<ProductView> product = products.findByCode(code);
      jdbc.sql(
              "INSERT INTO usage_statement_line (close_id, line_no, product_code, product_name,"
                  + " unit, shipped_quantity, consumed_quantity, consignment_stock, average_usage,"
                  + " months_counted, safety_stock_factor, proposed_safety_stock) VALUES (:close,"
                  + " :line, :code, :name, :unit, :shipped, :consumed, :stock, :average, :months,"
                  + " :factor, :proposal)")
          .param("close", closeId)
          .param("line", ++lineNo)
          .param("code", code)
          .param("name", product.map(ProductView::name).orElse(code))
          .param("unit", product.map(ProductView::unit).orElse(""))
          .param("shipped", shippedInMonth.getOrDefault(code, BigDecimal.ZERO))
          .param(
              "consumed",
              isConsignment ? consumedInMonth.getOrDefault(code, BigDecimal.ZERO) : null)
          .param("stock", isConsignment ? stock.getOrDefault(code, BigDecimal.ZERO) : null)
          .param("average", proposal.averageUsage())
          .param("months", proposal.monthsCounted())
          .param("factor", properties.safetyStockFactor())
          .param("proposal", proposal.safetyStock())
          .update();
    }
    LOG.info("Usage statement of close {} lists {} products", closeId, lineNo);
    return lineNo;
  }

  private int lineCount(long closeId) {
    return jdbc.sql("SELECT COUNT(*) FROM usage_statement_line WHERE close_id = :id")
        .param("id", closeId)
        .query(Integer.class)
        .single();
  }

  /** The usage statement as the form shows it: a numbered row per product. */
  @Transactional(readOnly = true)
  String usageSummary(long closeId) {
    Close close = load(closeId);
    StringBuilder text = new StringBuilder();
    text.append(close.month())
        .append(" 月使用量统计（安全库存系数 ")
        .append(Numbers.plain(properties.safetyStockFactor()))
        .append("，建议值 = 近3个月月均用量 × 系数，向上取整）\n");
    for (UsageLine line : lines(closeId)) {
      text.append(line.lineNo())
          .append(". ")
          .append(line.productCode())
          .append(' ')
          .append(line.productName())
          .append("：出货 ")
          .append(Numbers.plain(line.shippedQuantity()))
          .append(' ')
          .append(line.unit());
      if (line.consumedQuantity() != null) {
        text.append("，寄售消耗 ")
            .append(Numbers.plain(line.consumedQuantity()))
            .append("，月末寄售库存 ")
            .append(Numbers.plain(line.consignmentStock()));
      }
      text.append("；月均 ")
          .append(Numbers.plain(line.averageUsage()))
          .append("（")
          .append(line.monthsCounted())
          .append("个月）；建议安全库存 ")
          .append(Numbers.plain(line.proposedSafetyStock()))
          .append(' ')
          .append(line.unit())
          .append('\n');
    }
    return text.toString().strip();
  }

  /**
   * A department accepts the proposals, or changes some: every other line keeps its proposal. A
   * line named twice, one the statement does not have, a quantity below 0, above {@code
   * gendan.close.max-safety-stock} or with more than 3 decimals is refused, naming its row ({@code
   * lines[i]}); nothing is stored then.
   */
  void confirm(long closeId, Department department, List<Change> changes, String userId) {
    InvalidRequestException.throwIfAny(problemsOf(closeId, changes));
    Map<Integer, BigDecimal> changed = new LinkedHashMap<>();
    changes.forEach(change -> changed.put(change.lineNo(), change.quantity()));
    Timestamp now = now();
    for (UsageLine line : lines(closeId)) {
      jdbc.sql(
              "UPDATE usage_statement_line SET "
                  + department.column
                  + "_quantity = :quantity, "
                  + department.column
                  + "_by = :user, "
                  + department.column
                  + "_at = :now WHERE id = :id")
          .param("quantity", changed.getOrDefault(line.lineNo(), line.proposedSafetyStock()))
          .param("user", userId)
          .param("now", now)
          .param("id", line.id())
          .update();
    }
    LOG.info(
        "Safety stock of close {} confirmed by {} ({}, {} changed)",
        closeId,
        userId,
        department,
        changed.size());
  }

  /** What is wrong with a department's changes, each on its {@code lines[i]}. */
  List<FieldProblem> problemsOf(long closeId, List<Change> changes) {
    Set<Integer> lineNos = new HashSet<>();
    lines(closeId).forEach(line -> lineNos.add(line.lineNo()));
    List<FieldProblem> problems = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      String field = "lines[" + i + "]";
      if (!lineNos.contains(change.lineNo())) {
        problems.add(new FieldProblem(field, "统计表没有第" + change.lineNo() + "项产品"));
      } else if (!seen.add(change.lineNo())) {
        problems.add(new FieldProblem(field, "第" + change.lineNo() + "项产品重复"));
      }
      BigDecimal quantity = change.quantity();
      if (quantity.signum() < 0 || quantity.compareTo(properties.maxSafetyStock()) > 0) {
        problems.add(
            new FieldProblem(
                field, "安全库存应在 0 到 " + Numbers.plain(properties.maxSafetyStock()) + " 之间"));
      } else if (quantity.stripTrailingZeros().scale() > 3) {
        problems.add(new FieldProblem(field, "数量最多3位小数"));
      }
    }
    return problems;
  }

  /** The close is done. */
  void complete(long closeId) {
    jdbc.sql(
            "UPDATE month_close SET status = 'CLOSED', closed_at = :now WHERE id = :id AND status <> 'CLOSED'")
        .param("now", now())
        .param("id", closeId)
        .update();
    LOG.info("Close {} completed", closeId);
  }

  /** A close as stored. */
  record Close(long id, long customerId, YearMonth month, String status) {}

  @Transactional(readOnly = true)
  Close load(long closeId) {
    return jdbc.sql("SELECT id, customer_id, close_month, status FROM month_close WHERE id = :id")
        .param("id", closeId)
        .query(
            (rs, i) ->
                new Close(
                    rs.getLong(1),
                    rs.getLong(2),
                    YearMonth.parse(rs.getString(3)),
                    rs.getString(4)))
        .single();
  }

  /** A line of a usage statement. */
  record UsageLine(
      long id,
      int lineNo,
      String productCode,
      String productName,
      String unit,
      BigDecimal shippedQuantity,
      BigDecimal consumedQuantity,
      BigDecimal consignmentStock,
      BigDecimal averageUsage,
      int monthsCounted,
      BigDecimal safetyStockFactor,
      BigDecimal proposedSafetyStock,
      BigDecimal productionQuantity,
      String productionBy,
      BigDecimal warehouseQuantity,
      String warehouseBy) {}

  @Transactional(readOnly = true)
  List<UsageLine> lines(long closeId) {
    return jdbc.sql(
            "SELECT id, line_no, product_code, product_name, unit, shipped_quantity,"
                + " consumed_quantity, consignment_stock, average_usage, months_counted,"
                + " safety_stock_factor, proposed_safety_stock, production_quantity, production_by,"
                + " warehouse_quantity, warehouse_by FROM usage_statement_line"
                + " WHERE close_id = :id ORDER BY line_no")
        .param("id", closeId)
        .query(
            (rs, i) ->
                new UsageLine(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBigDecimal(6),
                    rs.getBigDecimal(7),
                    rs.getBigDecimal(8),
                    rs.getBigDecimal(9),
                    rs.getInt(10),
                    rs.getBigDecimal(11),
                    rs.getBigDecimal(12),
                    rs.getBigDecimal(13),
                    rs.getString(14),
                    rs.getBigDecimal(15),
                    rs.getString(16)))
        .list();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
