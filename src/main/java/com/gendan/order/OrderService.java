package com.gendan.order;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.customer.CustomerView;
import com.gendan.data.IdOrNumber;
import com.gendan.data.ListQuery;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.problem.ConflictException;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.Numbers;
import com.gendan.product.CurrencyProperties;
import com.gendan.product.ProductCatalog;
import com.gendan.product.ProductView;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales order's business rules, one method per step. A rule a user broke is an {@link
 * InvalidRequestException} naming the field; nothing changes then.
 */
@Service
@Transactional
public class OrderService {

  /** An order's number, {@code XS-2026-00001}, as {@link #register} draws it. */
  public static final Pattern NUMBER = Pattern.compile("XS-[0-9]{4}-[0-9]{5,9}");

  /** The length of an order's special requirements, as its column and the API allow. */
  static final int SPECIAL_REQUIREMENTS_MAX = 2000;

  private final SalesOrderRepository orders;
  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final CurrencyProperties currencies;
  private final OrderReview review;
  private final Validator validator;
  private final Clock clock;
  private final EntityManager entityManager;

  OrderService(
      SalesOrderRepository orders,
      CustomerDirectory customers,
      ProductCatalog products,
      CurrencyProperties currencies,
      OrderReview review,
      Validator validator,
      Clock clock,
      EntityManager entityManager) {
    this.entityManager = entityManager;
    this.orders = orders;
    this.customers = customers;
    this.products = products;
    this.currencies = currencies;
    this.review = review;
    this.validator = validator;
    this.clock = clock;
  }

  public long register(OrderRequest request, String userId) {
    Checked checked = check(request);
    InvalidRequestException.throwIfAny(checked.problems());
    String currency = currencyOf(request);
    List<SalesOrderLine> lines = checked.lines();
    Instant received = request.receivedAt() == null ? now() : request.receivedAt().toInstant();
    String number = "XS-" + Year.now(clock) + "-" + String.format("%05d", orders.nextNumber());
    return orders
        .save(
            new SalesOrder(
                number,
                request.customerId(),
                request.channel(),
                request.customerPo().trim(),
                received,
                currency,
                request.specialRequirements(),
                lines,
                userId,
                now()))
        .id();
  }

  /**
   * Everything wrong with an order, all at once (a form with three bad lines names all three): the
   * request's own rules, the customer, the currency and each line's product and date.
   */
  public List<FieldProblem> problemsOf(OrderRequest request) {
    return check(request).problems();
  }

  /** An order request checked in one pass: its problems, and its lines as far as they are good. */
  private record Checked(List<FieldProblem> problems, List<SalesOrderLine> lines) {}

  private Checked check(OrderRequest request) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
    if (request.customerId() != null && customers.findById(request.customerId()).isEmpty()) {
      problems.add(new FieldProblem("customerId", "客户不存在"));
    }
    if (!currencies.isAllowed(currencyOf(request))) {
      problems.add(new FieldProblem("currency", currencies.notAllowedMessage()));
    }
    List<SalesOrderLine> lines =
        request.lines() == null ? List.of() : lines(request.lines(), "lines", problems);
    return new Checked(problems, lines);
  }

  private String currencyOf(OrderRequest request) {
    return request.currency() == null || request.currency().isBlank()
        ? currencies.defaultCurrency()
        : request.currency().trim().toUpperCase();
  }

  /** Reviews the order; answers the open findings (credit hold included). */
  public List<Finding> review(long orderId, String userId) {
    SalesOrder order = load(orderId);
    List<OrderFinding> open = order.recordReview(review.review(order, customerOf(order), today()));
    boolean creditHold = open.stream().anyMatch(f -> f.code().isCredit());
    String released =
        review
            .release(order, today())
            .map(r -> "（信用检查按特放 " + r.number() + " 放行，有效至 " + r.validUntil() + "）")
            .orElse("");
    order.moveTo(
        creditHold
            ? OrderStatus.CREDIT_HOLD
            : open.isEmpty() ? OrderStatus.REVIEWED : OrderStatus.CORRECTION,
        (open.isEmpty() ? "审查无发现" : open.size() + " 项审查发现") + released,
        userId,
        now());
    return open.stream().map(OrderFinding::toFinding).toList();
  }

  public void confirmInWriting(long orderId, String reference, LocalDate on, String userId) {
    List<FieldProblem> problems = new ArrayList<>();
    if (reference == null || reference.isBlank()) {
      problems.add(new FieldProblem("confirmationReference", "请填写书面确认凭证"));
    }
    if (on == null) {
      problems.add(new FieldProblem("confirmedOn", "请填写日期"));
    }
    InvalidRequestException.throwIfAny(problems);
    SalesOrder order = load(orderId);
    order.confirmInWriting(reference.trim(), on);
    order.moveTo(order.status(), "客户书面确认：" + reference.trim(), userId, now());
  }

  /** Finance's word on the credit hold: lifted (review again) or not (keep waiting). */
  public void creditHold(long orderId, boolean lifted, String note, String userId) {
    if (note == null || note.isBlank()) {
      throw InvalidRequestException.of("creditNote", "请写明说明");
    }
    SalesOrder order = load(orderId);
    order.moveTo(
        lifted ? OrderStatus.IN_REVIEW : OrderStatus.CREDIT_HOLD, note.trim(), userId, now());
  }

  /**
   * The customer corrected the order: the lines are replaced (none given: they stay) and {@code
   * addedRequirements}, if any, is added to the special requirements (e.g. a standing requirement
   * the review found missing); then it is reviewed again. A correction that changes neither is
   * refused.
   */
  public void revise(
      long orderId, List<OrderRequest.Line> revised, String addedRequirements, String userId) {
    SalesOrder order = load(orderId);
    String added =
        addedRequirements == null || addedRequirements.isBlank() ? null : addedRequirements.strip();
    if (revised.isEmpty() && added == null) {
      throw InvalidRequestException.of("lines", "按客户更正修改时请填写更正后的明细，或补充特殊要求");
    }
    List<FieldProblem> problems = new ArrayList<>();
    String requirements =
        added == null || order.specialRequirements() == null
            ? Objects.requireNonNullElse(added, order.specialRequirements())
            : order.specialRequirements() + "；" + added;
    if (added != null && requirements.length() > SPECIAL_REQUIREMENTS_MAX) {
      problems.add(
          new FieldProblem(
              "specialRequirements",
              "补充后订单特殊要求共" + requirements.length() + "个字符，最多" + SPECIAL_REQUIREMENTS_MAX + "个字符"));
    }
    List<SalesOrderLine> lines = lines(revised, "lines", problems);
    InvalidRequestException.throwIfAny(problems);
    List<String> what = new ArrayList<>();
    if (!revised.isEmpty()) {
      order.replaceLines(lines);
      what.add("修改明细");
    }
    if (added != null) {
      order.reviseSpecialRequirements(requirements);
      what.add("补充特殊要求：" + added);
    }
    order.moveTo(OrderStatus.IN_REVIEW, "按客户更正" + String.join("，", what), userId, now());
  }

  /**
   * The assistant accepts the open findings with a reason. Answers whether a price deviation is
   * among them, which a sales manager must confirm.
   */
  public boolean accept(long orderId, String reason, String userId) {
    if (reason == null || reason.isBlank()) {
      throw InvalidRequestException.of("acceptanceReason", "接受审查发现时请写明理由");
    }
    SalesOrder order = load(orderId);
    List<OrderFinding> open = order.openFindings();
    open.forEach(f -> f.settle(FindingSettlement.ACCEPTED, reason.trim(), userId, now()));
    boolean price = open.stream().anyMatch(f -> f.code().isPrice());
    order.moveTo(
        price ? OrderStatus.PRICE_DEVIATION : OrderStatus.IN_REVIEW,
        "接受审查发现：" + reason.trim(),
        userId,
        now());
    return price;
  }

  /** A sales manager confirms or refuses an accepted price deviation. */
  public void decidePriceDeviation(long orderId, boolean confirmed, String comment, String userId) {
    if (!confirmed && (comment == null || comment.isBlank())) {
      throw InvalidRequestException.of("deviationComment", "不同意时请写明原因");
    }
    SalesOrder order = load(orderId);
    order
        .pendingPriceAcceptances()
        .forEach(
            f ->
                f.settle(
                    confirmed ? FindingSettlement.CONFIRMED : FindingSettlement.REFUSED,
                    comment,
                    userId,
                    now()));
    order.moveTo(
        OrderStatus.IN_REVIEW,
        confirmed ? "业务主管同意价格偏差" : "业务主管不同意价格偏差：" + comment.trim(),
        userId,
        now());
  }

  public void planIssued(long orderId) {
    SalesOrder order = load(orderId);
    order.moveTo(OrderStatus.PLAN_ISSUED, "生产计划单已下达生产", Actors.SYSTEM, now());
  }

  public void confirmPlan(long orderId, LocalDate completion, String note, String userId) {
    List<FieldProblem> problems = new ArrayList<>();
    if (completion == null) {
      problems.add(new FieldProblem("plannedCompletionDate", "请填写日期"));
    } else if (completion.isBefore(today())) {
      problems.add(new FieldProblem("plannedCompletionDate", "计划完工日期不能早于今天"));
    }
    InvalidRequestException.throwIfAny(problems);
    SalesOrder order = load(orderId);
    order.plan(completion, note == null || note.isBlank() ? null : note.trim());
    order.moveTo(
        order.anyShipped() ? OrderStatus.PARTLY_SHIPPED : OrderStatus.PLANNED,
        "计划完工 " + completion,
        userId,
        now());
  }

  /**
   * Applies an approved change (D6), checked by the change's own rules, to the lines. Answers
   * whether production must confirm the changed plan: one was issued and the order still waits for
   * goods (a change down to what has shipped fulfils it).
   */
  public boolean changeLines(
      long orderId, Map<Integer, LineChange> changes, String reason, String userId) {
    SalesOrder order = load(orderId);
    changes.forEach(
        (lineNo, change) ->
            order
                .line(lineNo)
                .orElseThrow()
                .change(change.quantity(), change.requestedDate(), change.spec()));
    boolean reconfirm = order.status().planIssued() && !order.fulfilled();
    order.moveTo(
        reconfirm ? OrderStatus.PLAN_ISSUED : order.status(),
        "订单变更："
            + reason.strip()
            + "（"
            + changes.entrySet().stream()
                .map(
                    e ->
                        "第"
                            + e.getKey()
                            + "行 数量 "
                            + Numbers.plain(e.getValue().quantity())
                            + " 交期 "
                            + e.getValue().requestedDate()
                            + (e.getValue().spec() == null ? "" : " 规格 " + e.getValue().spec()))
                .collect(Collectors.joining("，"))
            + "）",
        userId,
        now());
    return reconfirm;
  }

  /** A line's new quantity and requested date in an approved change; a null spec stays. */
  public record LineChange(BigDecimal quantity, LocalDate requestedDate, String spec) {}

  /** The order, unless it is closed or cancelled already (409 naming what cannot be done). */
  public SalesOrder requireOpen(long orderId, String action) {
    SalesOrder order = load(orderId);
    if (order.status().isFinal()) {
      throw new ConflictException(
          "订单" + order.orderNumber() + order.status().label() + "，不能" + action,
          List.of(new FieldProblem("orderId", order.status().label())));
    }
    return order;
  }

  /** An approved cancellation: of the whole order, or of what is left when part has shipped. */
  public void cancel(long orderId, String reason, String userId) {
    SalesOrder order = requireOpen(orderId, "取消");
    boolean partlyShipped = order.anyShipped();
    order.moveTo(
        partlyShipped ? OrderStatus.CLOSED : OrderStatus.CANCELLED,
        (partlyShipped ? "余量取消：" : "订单取消：") + reason.strip(),
        userId,
        now());
  }

  /** Everything shipped: the order is closed. */
  void close(long orderId) {
    SalesOrder order = load(orderId);
    if (!order.fulfilled()) {
      throw new IllegalStateException(
          "order " + order.orderNumber() + " is not shipped in full and cannot be closed");
    }
    order.moveTo(OrderStatus.CLOSED, "全部出货，订单结案", Actors.SYSTEM, now());
  }

  /** A line of the order's history that leaves its status as it is (e.g. goods ready). */
  public void note(long orderId, String note, String userId) {
    SalesOrder order = load(orderId);
    order.moveTo(order.status(), note, userId, now());
  }

  /**
   * A batch went out (order line number to shipped quantity, checked by the shipment). Answers
   * whether the order is now shipped in full. Shipped while production reconfirms a changed plan,
   * the order keeps waiting for that.
   */
  public boolean recordShipped(
      long orderId, Map<Integer, BigDecimal> shipped, String note, String userId) {
    SalesOrder order = load(orderId);
    shipped.forEach((lineNo, quantity) -> order.line(lineNo).orElseThrow().ship(quantity));
    boolean fulfilled = order.fulfilled();
    order.moveTo(
        order.status() == OrderStatus.PLAN_ISSUED
            ? OrderStatus.PLAN_ISSUED
            : OrderStatus.PARTLY_SHIPPED,
        note + (fulfilled ? "，已全部出货" : ""),
        userId,
        now());
    return fulfilled;
  }

  public void linkProcess(long orderId, String processInstanceId) {
    load(orderId).linkProcess(processInstanceId);
  }

  /** Orders that can ship, for finding who waits for a product. */
  public List<SalesOrder> shippable() {
    return orders.findByStatusIn(OrderStatus.SHIPPABLE);
  }

  /** The customer the order is for. */
  public CustomerView customerOf(SalesOrder order) {
    return customers.findById(order.customerId()).orElseThrow();
  }

  public Optional<SalesOrder> findById(long orderId) {
    return orders.findById(orderId);
  }

  /** The order by its id or its number. */
  @Transactional(readOnly = true)
  public Optional<SalesOrder> find(IdOrNumber order) {
    return order.find(orders::findById, orders::findByOrderNumber);
  }

  public Optional<SalesOrder> findByNumber(String orderNumber) {
    return orders.findByOrderNumber(orderNumber);
  }

  /** The selected customers' orders, optionally of one status, newest first. */
  @Transactional(readOnly = true)
  public ResultPage<SalesOrder> list(
      CustomerSelection customers, OrderStatus status, Paging paging) {
    return ListQuery.documents(
        entityManager, SalesOrder.class, customers.customerIds(), status, paging);
  }

  /** The numbers of these orders, by id. */
  @Transactional(readOnly = true)
  public Map<Long, String> numbersOf(Collection<Long> orderIds) {
    Map<Long, String> numbers = new HashMap<>();
    if (!orderIds.isEmpty()) {
      orders.numbersOf(orderIds).forEach(row -> numbers.put((Long) row[0], (String) row[1]));
    }
    return numbers;
  }

  public SalesOrder load(long orderId) {
    return orders
        .findById(orderId)
        .orElseThrow(() -> new IllegalStateException("order " + orderId + " does not exist"));
  }

  private List<SalesOrderLine> lines(
      List<OrderRequest.Line> requested, String field, List<FieldProblem> problems) {
    List<SalesOrderLine> lines = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      OrderRequest.Line line = requested.get(i);
      String at = field + "[" + i + "]";
      // the request's own rules (quantity and price > 0 and within their columns), also for
      // lines read from a form's text
      if (line == null) {
        continue; // named by the request's validation
      }
      problems.addAll(FieldProblem.of(at + ".", validator.validate(line)));
      Optional<ProductView> product =
          line.productCode() == null || line.productCode().isBlank()
              ? Optional.empty()
              : products.findByCode(line.productCode().trim());
      if (product.isEmpty() && line.productCode() != null && !line.productCode().isBlank()) {
        problems.add(new FieldProblem(at + ".productCode", "产品不存在：" + line.productCode()));
      }
      if (line.requestedDate() != null && line.requestedDate().isBefore(today())) {
        problems.add(new FieldProblem(at + ".requestedDate", "交期不能早于今天"));
      }
      product.ifPresent(
          p ->
              lines.add(
                  new SalesOrderLine(
                      lines.size() + 1,
                      p.id(),
                      p.code(),
                      line.spec() == null || line.spec().isBlank() ? null : line.spec().strip(),
                      line.quantity(),
                      line.unitPrice(),
                      line.requestedDate())));
    }
    return lines;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Instant now() {
    return clock.instant();
  }
}
