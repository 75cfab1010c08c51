package com.gendan.statement;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.customer.CustomerView;
import com.gendan.data.IdOrNumber;
import com.gendan.data.ListQuery;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Numbers;
import com.gendan.receivable.ReceivableCollections;
import com.gendan.receivable.ReceivableService;
import com.gendan.statement.StatementArithmetic.Item;
import com.gendan.statement.StatementArithmetic.Totals;
import com.gendan.statement.StatementLine.Settlement;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement's business rules, one method per step (SPEC D10): build the month's statement,
 * register the customer's answer, settle a dispute line by line, reissue, and issue the invoice of
 * a confirmed statement. A rule a user broke is an {@link InvalidRequestException} naming the
 * field; nothing changes then.
 */
@Service
@Transactional
public class StatementService {

  /** A statement's number, {@code DZ-2026-00001}. */
  static final Pattern NUMBER = Pattern.compile("DZ-[0-9]{4}-[0-9]{5,9}");

  private final StatementRepository statements;
  private final InvoiceRepository invoices;
  private final StatementSources sources;
  private final CustomerDirectory customers;
  private final OrderService orderService;
  private final StatementProperties properties;
  private final StatementArithmetic arithmetic;
  private final Validator validator;
  private final JdbcClient jdbc;
  private final EntityManager entityManager;
  private final Clock clock;
  private final ReceivableService receivables;
  private final ReceivableCollections collections;
  private final ApplicationEventPublisher events;

  StatementService(
      StatementRepository statements,
      InvoiceRepository invoices,
      StatementSources sources,
      CustomerDirectory customers,
      OrderService orderService,
      StatementProperties properties,
      Validator validator,
      JdbcClient jdbc,
      EntityManager entityManager,
      Clock clock,
      ReceivableService receivables,
      ReceivableCollections collections,
      ApplicationEventPublisher events) {
    this.statements = statements;
    this.invoices = invoices;
    this.sources = sources;
    this.customers = customers;
    this.orderService = orderService;
    this.properties = properties;
    this.arithmetic = new StatementArithmetic(properties.exchangeRatesToCny());
    this.validator = validator;
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.clock = clock;
    this.receivables = receivables;
    this.collections = collections;
    this.events = events;
  }

  /**
   * Builds the customer's statement of {@code statementDate}'s month: everything not yet stated up
   * to that day, in the customer's currency, after the open receivables as previous balance. A
   * customer with nothing to state gets none; a month already built is answered as it is (a retried
   * job builds nothing twice).
   *
   * @return the statement's id, empty when there was nothing to state
   */
  public Optional<Long> build(
      long customerId, LocalDate statementDate, String processInstanceId, String userId) {
    String month = YearMonth.from(statementDate).toString();
    Optional<Statement> built = statements.findByCustomerIdAndStatementMonth(customerId, month);
    if (built.isPresent()) {
      return built.map(Statement::id);
    }
    CustomerView customer = customers.findById(customerId).orElseThrow();
    List<Item> items =
        sources.unstated(customerId, Boolean.TRUE.equals(customer.consignment()), statementDate);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    String currency = customer.creditLimitCurrency();
    Totals totals = arithmetic.total(currency, items, previousBalance(customerId, currency));
    LocalDate from =
        statements
            .findFirstByCustomerIdOrderByPeriodToDesc(customerId)
            .map(previous -> previous.periodTo().plusDays(1))
            .orElseGet(
                () ->
                    items.stream()
                        .map(Item::happenedOn)
                        .min(Comparator.naturalOrder())
                        .orElse(statementDate));
    String number =
        "DZ-" + statementDate.getYear() + "-" + String.format("%05d", statements.nextNumber());
    Statement statement =
        statements.save(
            new Statement(
                number,
                customerId,
                month,
                from.isAfter(statementDate) ? statementDate : from,
                statementDate,
                totals,
                userId,
                now()));
    if (processInstanceId != null) {
      statement.linkProcess(processInstanceId);
    }
    sources.markStated(statement.id(), items, statementDate);
    return Optional.of(statement.id());
  }

  private BigDecimal previousBalance(long customerId, String currency) {
    return sources.openReceivables(customerId).entrySet().stream()
        .map(open -> arithmetic.convert(open.getValue(), open.getKey(), currency))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The customer confirmed the current revision. */
  public void confirm(long statementId, LocalDate confirmedOn, String userId) {
    Statement statement = awaitingAnswer(statementId);
    List<FieldProblem> problems = new ArrayList<>();
    checkAnswerDate(statement, confirmedOn, problems);
    InvalidRequestException.throwIfAny(problems);
    statement.current().answer(StatementRevision.Answer.CONFIRMED, confirmedOn, null, userId);
    statement.confirmed(confirmedOn, userId, now());
    events.publishEvent(
        new StatementConfirmed(
            statement.customerId(), YearMonth.parse(statement.statementMonth()), confirmedOn));
  }

  /**
   * Whether the customer's statement of the month was confirmed (also once invoiced or settled):
   * empty when the customer has no statement of that month, false while it awaits the answer.
   */
  @Transactional(readOnly = true)
  public Optional<Boolean> confirmedOf(long customerId, YearMonth month) {
    return statements
        .findByCustomerIdAndStatementMonth(customerId, month.toString())
        .map(
            statement ->
                statement.status() != StatementStatus.ISSUED
                    && statement.status() != StatementStatus.DISPUTED);
  }

  /** A line the customer disputes, with the reason. */
  public record DisputedLine(int lineNo, String reason) {}

  /**
   * The customer disputed lines of the current revision; each is named with its reason, every line
   * at most once.
   */
  public void dispute(
      long statementId,
      LocalDate answeredOn,
      List<DisputedLine> lines,
      String note,
      String userId) {
    Statement statement = awaitingAnswer(statementId);
    List<FieldProblem> problems = new ArrayList<>();
    checkAnswerDate(statement, answeredOn, problems);
    if (lines.isEmpty()) {
      problems.add(new FieldProblem("disputedLines", "请填写客户有异议的行及原因"));
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      DisputedLine line = lines.get(i);
      String field = "lines[" + i + "]";
      if (statement.current().line(line.lineNo()).isEmpty()) {
        problems.add(new FieldProblem(field, "对帐单没有第" + line.lineNo() + "行"));
      } else if (!seen.add(line.lineNo())) {
        problems.add(new FieldProblem(field, "第" + line.lineNo() + "行重复"));
      }
      if (line.reason() == null || line.reason().isBlank()) {
        problems.add(new FieldProblem(field, "请写明异议原因"));
      } else if (line.reason().length() > 1000) {
        problems.add(new FieldProblem(field, "原因不能超过1000个字符"));
      }
    }
    if (note != null && note.length() > 2000) {
      problems.add(new FieldProblem("disputeNote", "长度不能超过2000个字符"));
    }
    InvalidRequestException.throwIfAny(problems);
    for (DisputedLine line : lines) {
      statement.current().line(line.lineNo()).orElseThrow().dispute(line.reason().strip());
    }
    statement.current().answer(StatementRevision.Answer.DISPUTED, answeredOn, note, userId);
    statement.disputed(userId, now());
  }

  /**
   * How the assistant settles one disputed line: corrected (a new quantity and/or unit price) or
   * explained.
   */
  public record LineSettlement(
      int lineNo, Settlement settlement, BigDecimal quantity, BigDecimal unitPrice, String note) {}

  /**
   * The assistant settles every disputed line, each once.
   *
   * @return whether the corrections need the sales manager's approval: they change the statement by
   *     more than {@code gendan.statement.correction-approval-above} (CNY)
   */
  public boolean settle(long statementId, List<LineSettlement> settlements, String userId) {
    Statement statement = load(statementId);
    if (statement.status() != StatementStatus.DISPUTED) {
      throw InvalidRequestException.of("statement", "对帐单没有待处理的异议");
    }
    StatementRevision current = statement.current();
    List<FieldProblem> problems = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < settlements.size(); i++) {
      LineSettlement settlement = settlements.get(i);
      String field = "lines[" + i + "]";
      Optional<StatementLine> line = current.line(settlement.lineNo());
      if (line.isEmpty() || !line.get().disputed()) {
        problems.add(new FieldProblem(field, "第" + settlement.lineNo() + "行不是客户有异议的行"));
        continue;
      }
      if (!seen.add(settlement.lineNo())) {
        problems.add(new FieldProblem(field, "第" + settlement.lineNo() + "行重复"));
      }
      if (settlement.note() == null || settlement.note().isBlank()) {
        problems.add(new FieldProblem(field, "请写明更正或说明的理由"));
      } else if (settlement.note().length() > 1000) {
        problems.add(new FieldProblem(field, "说明不能超过1000个字符"));
      }
      if (settlement.settlement() == Settlement.CORRECTED) {
        checkCorrection(line.get(), settlement, field, problems);
      }
    }
    current.disputedLines().stream()
        .filter(line -> !seen.contains(line.lineNo()))
        .forEach(
            line ->
                problems.add(new FieldProblem("settlements", "第" + line.lineNo() + "行的异议尚未处理")));
    InvalidRequestException.throwIfAny(problems);
    for (LineSettlement settlement : settlements) {
      current
          .line(settlement.lineNo())
          .orElseThrow()
          .settle(
              settlement.settlement(),
              settlement.quantity(),
              settlement.unitPrice(),
              settlement.note().strip());
    }
    statement.disputed(userId, now());
    return correctionInCny(statement).compareTo(properties.correctionApprovalAbove()) > 0;
  }

  private static void checkCorrection(
      StatementLine line, LineSettlement settlement, String field, List<FieldProblem> problems) {
    if (line.kind() == StatementLineKind.ALLOWANCE) {
      problems.add(new FieldProblem(field, "折让行不能更正数量或单价，请说明"));
      return;
    }
    if (settlement.quantity() == null && settlement.unitPrice() == null) {
      problems.add(new FieldProblem(field, "更正须填写新的数量或单价"));
    }
    if (settlement.quantity() != null
        && (settlement.quantity().signum() < 0
            || !Numbers.Column.QUANTITY.fits(settlement.quantity()))) {
      problems.add(new FieldProblem(field, "数量不能为负，" + Numbers.Column.QUANTITY.limits()));
    }
    if (settlement.unitPrice() != null
        && (settlement.unitPrice().signum() < 0
            || !Numbers.Column.PRICE.fits(settlement.unitPrice()))) {
      problems.add(new FieldProblem(field, "单价不能为负，" + Numbers.Column.PRICE.limits()));
    }
  }

  /** How much the corrections change the statement, all lines together, in CNY. */
  BigDecimal correctionInCny(Statement statement) {
    BigDecimal delta =
        statement.current().lines().stream()
            .map(line -> line.correctionDelta(arithmetic, statement.currency()).abs())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return arithmetic.convert(delta, statement.currency(), "CNY");
  }

  /** The sales manager approved the corrections, or sent them back to the assistant. */
  public void decideCorrections(long statementId, boolean approved, String comment, String userId) {
    Statement statement = load(statementId);
    if (!approved && (comment == null || comment.isBlank())) {
      throw InvalidRequestException.of("approvalComment", "退回须写明理由");
    }
    if (approved) {
      statement.current().settlementApprovedBy(userId);
    }
    statement.disputed(userId, now());
  }

  /** A new revision: the settled lines as corrected, the others as they were; sent again. */
  public void reissue(long statementId, String userId) {
    Statement statement = load(statementId);
    StatementRevision current = statement.current();
    List<StatementArithmetic.Line> lines =
        current.lines().stream()
            .map(line -> line.reissued(arithmetic, statement.currency()))
            .toList();
    Totals totals = arithmetic.totalOf(statement.currency(), lines, current.previousBalance());
    statement.reissue(LocalDate.now(clock), totals, userId, now());
  }

  /** Whether the confirmed statement has anything to invoice (its period amount is positive). */
  public boolean needsInvoice(long statementId) {
    return load(statementId).current().periodAmount().signum() > 0;
  }

  /** A confirmed statement with nothing to invoice is settled as it is. */
  public void closeWithoutInvoice(long statementId, String userId) {
    load(statementId).closed(StatementStatus.SETTLED_WITHOUT_INVOICE, userId, now());
  }

  /**
   * Finance's invoice of a confirmed statement: a number no other invoice has, the date, and
   * exactly the statement's amount. The due date follows from the customer's payment terms; the
   * invoice opens its receivable (table receivable, status OPEN), which the next statement shows as
   * previous balance and the receivables process (SPEC D11) will chase.
   *
   * @return the invoice's id
   */
  public long issueInvoice(long statementId, InvoiceRequest request, String userId) {
    Statement statement = load(statementId);
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
    if (statement.status() != StatementStatus.CONFIRMED) {
      problems.add(new FieldProblem("statement", "对帐单尚未经客户确认，不能开票"));
    }
    if (request.invoiceNumber() != null
        && invoices.existsByInvoiceNumberIgnoreCase(request.invoiceNumber().strip())) {
      problems.add(
          new FieldProblem("invoiceNumber", "发票号码已被使用：" + request.invoiceNumber().strip()));
    }
    BigDecimal amount = statement.current().periodAmount();
    if (request.amount() != null && request.amount().compareTo(amount) != 0) {
      problems.add(
          new FieldProblem(
              "amount",
              "发票金额必须等于已确认的对帐单金额 " + StatementFormVariables.money(statement.currency(), amount)));
    }
    if (request.invoiceDate() != null
        && statement.confirmedOn() != null
        && request.invoiceDate().isBefore(statement.confirmedOn())) {
      problems.add(new FieldProblem("invoiceDate", "开票日期不能早于客户确认对帐单的日期"));
    }
    InvalidRequestException.throwIfAny(problems);
    CustomerView customer = customers.findById(statement.customerId()).orElseThrow();
    LocalDate dueOn = request.invoiceDate().plusDays(customer.paymentTermsDays());
    Invoice invoice =
        invoices.saveAndFlush(
            new Invoice(
                request.invoiceNumber().strip().toUpperCase(),
                statement.id(),
                statement.customerId(),
                statement.currency(),
                amount,
                request.invoiceDate(),
                dueOn,
                userId,
                now()));
    openReceivable(invoice);
    statement.closed(StatementStatus.INVOICED, userId, now());
    return invoice.id();
  }

  /**
   * A consignment customer's report of what it consumed of an order line: never more of a line than
   * was transferred to its consignment store, never on a day still to come.
   *
   * @return the report's id
   */
  public long reportConsumption(ConsumptionRequest request, String userId) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
    Optional<CustomerView> customer =
        request.customerId() == null ? Optional.empty() : customers.findById(request.customerId());
    if (request.customerId() != null && customer.isEmpty()) {
      problems.add(new FieldProblem("customerId", "客户不存在"));
    } else if (customer.isPresent() && !Boolean.TRUE.equals(customer.get().consignment())) {
      problems.add(new FieldProblem("customerId", "该客户不是寄售客户，对帐按出货"));
    }
    if (request.consumedOn() != null && request.consumedOn().isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("consumedOn", "消耗日期不能晚于今天"));
    }
    Optional<SalesOrder> order =
        customer.isEmpty() || request.orderNumber() == null || request.orderNumber().length() > 20
            ? Optional.empty()
            : orderService
                .findByNumber(request.orderNumber().strip().toUpperCase())
                .filter(o -> o.customerId() == customer.get().id());
    Optional<SalesOrderLine> line =
        order.flatMap(o -> request.lineNo() == null ? Optional.empty() : o.line(request.lineNo()));
    if (customer.isPresent() && request.orderNumber() != null && order.isEmpty()) {
      problems.add(new FieldProblem("orderNumber", "订单不存在或不是该客户的"));
    } else if (order.isPresent() && request.lineNo() != null && line.isEmpty()) {
      problems.add(new FieldProblem("lineNo", "订单没有第" + request.lineNo() + "行"));
    }
    if (line.isPresent() && request.quantity() != null) {
      BigDecimal left = line.get().shippedQuantity().subtract(consumed(order.get(), line.get()));
      if (request.quantity().compareTo(left) > 0) {
        problems.add(
            new FieldProblem(
                "quantity", "超过寄售仓中该行的剩余数量 " + Numbers.plain(left.max(BigDecimal.ZERO))));
      }
    }
    InvalidRequestException.throwIfAny(problems);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO consignment_consumption (customer_id, order_id, line_no, quantity,"
                + " consumed_on, reported_by, reported_at) VALUES (:customer, :order, :line,"
                + " :quantity, :on, :user, :now)")
        .params(
            Map.of(
                "customer", request.customerId(),
                "order", order.orElseThrow().id(),
                "line", request.lineNo(),
                "quantity", request.quantity(),
                "on", request.consumedOn(),
                "user", userId,
                "now", Timestamp.from(now())))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  private BigDecimal consumed(SalesOrder order, SalesOrderLine line) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM consignment_consumption"
                + " WHERE order_id = :order AND line_no = :line")
        .params(Map.of("order", order.id(), "line", line.lineNo()))
        .query(BigDecimal.class)
        .single();
  }

  /**
   * The hook of the receivables (SPEC D11): each invoice opens one receivable and starts its
   * collection ladder (process receivableCollection).
   */
  private void openReceivable(Invoice invoice) {
    jdbc.sql(
            "INSERT INTO receivable (invoice_id, customer_id, currency, amount, outstanding,"
                + " due_on, status, created_at)"
                + " VALUES (:invoice, :customer, :currency, :amount, :amount, :due, 'OPEN', :now)")
        .params(
            Map.of(
                "invoice", invoice.id(),
                "customer", invoice.customerId(),
                "currency", invoice.currency(),
                "amount", invoice.amount(),
                "due", invoice.dueOn(),
                "now", Timestamp.from(now())))
        .update();
    collections.start(invoice.id(), invoice.invoiceNumber(), invoice.customerId());
  }

  private Statement awaitingAnswer(long statementId) {
    Statement statement = load(statementId);
    if (statement.status() != StatementStatus.ISSUED) {
      throw InvalidRequestException.of("answer", "对帐单不在等待客户答复的状态");
    }
    return statement;
  }

  private void checkAnswerDate(Statement statement, LocalDate on, List<FieldProblem> problems) {
    if (on == null) {
      problems.add(new FieldProblem("answeredOn", "请填写客户答复日期"));
    } else if (on.isBefore(statement.periodTo()) || on.isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("answeredOn", "答复日期须在对帐日之后且不晚于今天"));
    }
  }

  Statement load(long statementId) {
    return statements
        .findById(statementId)
        .orElseThrow(() -> new IllegalStateException("no statement " + statementId));
  }

  Optional<Statement> find(IdOrNumber statement) {
    return statement.find(statements::findById, statements::findByStatementNumber);
  }

  /** The statements of the customers given, of one month and status if given, newest first. */
  ResultPage<Statement> list(
      CustomerSelection selection, String month, StatementStatus status, Paging paging) {
    return ListQuery.of(
            entityManager,
            Statement.class,
            "select d from Statement d",
            "select d.id from Statement d",
            "d.id desc")
        .whereIn("d.customerId in :customers", "customers", selection.customerIds())
        .where("d.statementMonth = :month", "month", month)
        .where("d.status = :status", "status", status)
        .page(paging);
  }

  Optional<Invoice> invoiceOf(long statementId) {
    return invoices.findByStatementId(statementId);
  }

  /** The statement as the API, its page, its PDF and its workbook show it. */
  StatementView view(Statement statement) {
    CustomerView customer = customers.findById(statement.customerId()).orElseThrow();
    return StatementView.of(
        statement,
        customer,
        properties.taxRate(),
        invoiceOf(statement.id())
            .map(
                invoice ->
                    invoice.toView(
                        statement.statementNumber(),
                        customer.code(),
                        receivables.account(invoice.id()).orElseThrow()))
            .orElse(null));
  }

  private Instant now() {
    return clock.instant();
  }
}
