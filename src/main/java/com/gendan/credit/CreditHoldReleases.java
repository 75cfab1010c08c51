package com.gendan.credit;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.customer.CustomerView;
import com.gendan.data.Codes;
import com.gendan.data.IdOrNumber;
import com.gendan.data.ListQuery;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.order.CreditStanding;
import com.gendan.order.OrderService;
import com.gendan.order.OrderStatus;
import com.gendan.order.SalesOrder;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Numbers;
import com.gendan.process.PlainText;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit-hold releases (货款异常特放, SPEC D11): registers a request for one order stopped at review
 * by the customer's credit, keeps finance's and the general manager's answers, mails the requester,
 * and tells the review whether an order has an approved release still valid. Every problem names
 * the request's field (the form's key), so Tasklist shows the form's label.
 */
@Service
@Transactional
public class CreditHoldReleases {

  /** A release's number, {@code TF-2026-00001}, as {@link #request} draws it. */
  public static final Pattern NUMBER = Pattern.compile("TF-[0-9]{4}-[0-9]{5,9}");

  static final int MAX_REASON = 500;

  private final CreditHoldReleaseRepository releases;
  private final OrderService orders;
  private final CustomerDirectory customers;
  private final CreditStanding standing;
  private final CreditMails mails;
  private final CreditProperties properties;
  private final Validator validator;
  private final EntityManager entityManager;
  private final Clock clock;

  CreditHoldReleases(
      CreditHoldReleaseRepository releases,
      OrderService orders,
      CustomerDirectory customers,
      CreditStanding standing,
      CreditMails mails,
      CreditProperties properties,
      Validator validator,
      EntityManager entityManager,
      Clock clock) {
    this.releases = releases;
    this.orders = orders;
    this.customers = customers;
    this.standing = standing;
    this.mails = mails;
    this.properties = properties;
    this.validator = validator;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /**
   * Registers a request, to be approved by finance and then the general manager.
   *
   * @param customerId the customer the request was started for (a start form's customer), or null
   *     to take the order's
   * @param visible whether the requester may see a customer's orders: an order of another is told
   *     as missing
   * @throws InvalidRequestException naming every field that is wrong; nothing is registered then
   */
  public CreditHoldRelease request(
      ReleaseRequest request, Long customerId, LongPredicate visible, String userId) {
    Checked checked = check(request, customerId, visible);
    InvalidRequestException.throwIfAny(checked.problems());
    SalesOrder order = checked.order();
    String number = "TF-" + Year.now(clock) + "-" + String.format("%05d", releases.nextNumber());
    return releases.save(
        new CreditHoldRelease(
            number,
            order.customerId(),
            order.id(),
            order.currency(),
            request.amount(),
            request.reason().strip(),
            request.validUntil(),
            userId,
            clock.instant()));
  }

  /** Everything wrong with a request, all at once. */
  @Transactional(readOnly = true)
  public List<FieldProblem> problemsOf(ReleaseRequest request, Long customerId) {
    return check(request, customerId, id -> true).problems();
  }

  private record Checked(List<FieldProblem> problems, SalesOrder order) {}

  private Checked check(ReleaseRequest request, Long customerId, LongPredicate visible) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
    SalesOrder order = null;
    if (problems.stream().noneMatch(p -> p.field().equals("orderNumber"))) {
      String number = Codes.normalized(request.orderNumber());
      order =
          orders
              .findByNumber(number)
              .filter(o -> customerId == null || o.customerId() == customerId)
              .filter(o -> visible.test(o.customerId()))
              .orElse(null);
      if (order == null) {
        problems.add(
            new FieldProblem(
                "orderNumber", customerId == null ? "订单不存在：" + number : "该客户没有订单 " + number));
      } else if (order.status() != OrderStatus.CREDIT_HOLD) {
        problems.add(
            new FieldProblem(
                "orderNumber",
                "订单 " + number + " 没有因客户信用停在审查（当前状态：" + order.status().label() + "），无需特放"));
      } else {
        openRequestOf(order.id())
            .ifPresent(
                open ->
                    problems.add(
                        new FieldProblem(
                            "orderNumber",
                            "订单 " + number + " 已有待审批的特放申请 " + open.releaseNumber())));
        if (request.amount() != null && request.amount().compareTo(order.amount()) < 0) {
          problems.add(
              new FieldProblem(
                  "amount",
                  "特放金额不能低于订单金额 "
                      + order.currency()
                      + " "
                      + Numbers.plain(order.amount())
                      + "（特放放行整张订单）"));
        }
      }
    }
    if (request.reason() != null && PlainText.hasControlCharacters(request.reason())) {
      problems.add(new FieldProblem("reason", PlainText.CONTROL_CHARACTERS));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate latest = today.plus(properties.maxValidity());
    if (request.validUntil() != null) {
      if (request.validUntil().isBefore(today)) {
        problems.add(new FieldProblem("validUntil", "不能早于今天 " + today));
      } else if (request.validUntil().isAfter(latest)) {
        problems.add(new FieldProblem("validUntil", "不能晚于 " + latest + "（特放最长有效期）"));
      }
    }
    return new Checked(problems, order);
  }

  private Optional<CreditHoldRelease> openRequestOf(long orderId) {
    return releases
        .findByOrderIdAndStatusIn(
            orderId, List.of(ReleaseStatus.REQUESTED, ReleaseStatus.FINANCE_APPROVED))
        .stream()
        .findFirst();
  }

  /** Links the request to its process instance; again to the same one is fine. */
  public void linkProcess(long releaseId, String instanceId) {
    load(releaseId).linkProcess(instanceId);
  }

  /** Finance's answer; a refusal says why. */
  public void financeDecided(long releaseId, CreditDecision decision, String note, String userId) {
    String kept = DecisionNotes.checked("financeNote", decision, note);
    load(releaseId).financeDecided(decision, kept, userId, clock.instant());
  }

  /** The general manager's answer; a refusal says why. Approved, the release holds at once. */
  public void gmDecided(long releaseId, CreditDecision decision, String note, String userId) {
    String kept = DecisionNotes.checked("gmNote", decision, note);
    load(releaseId).gmDecided(decision, kept, userId, clock.instant());
  }

  /** Approved: the requester is told until when the order may go. */
  public void notifyApproved(long releaseId) {
    mails.releaseApproved(view(load(releaseId)));
  }

  /** Refused by finance or the general manager: the requester is told why. */
  public void notifyRefused(long releaseId) {
    mails.releaseRefused(view(load(releaseId)));
  }

  /** The order's approved release still valid on {@code day}: the latest-ending, if several. */
  @Transactional(readOnly = true)
  public Optional<CreditStanding.Release> activeRelease(long orderId, LocalDate day) {
    return releases.findByOrderIdAndStatusIn(orderId, List.of(ReleaseStatus.APPROVED)).stream()
        .filter(r -> r.activeOn(day))
        .max(Comparator.comparing(CreditHoldRelease::validUntil))
        .map(
            r ->
                new CreditStanding.Release(
                    r.releaseNumber(), r.currency(), r.amount(), r.validUntil()));
  }

  @Transactional(readOnly = true)
  CreditHoldRelease load(long releaseId) {
    return releases
        .findById(releaseId)
        .orElseThrow(() -> new IllegalStateException("no credit-hold release " + releaseId));
  }

  @Transactional(readOnly = true)
  Optional<CreditHoldRelease> find(IdOrNumber reference) {
    return reference.find(releases::findById, releases::findByReleaseNumber);
  }

  /** The selected customers' requests, optionally of one status, newest first. */
  @Transactional(readOnly = true)
  ResultPage<CreditHoldRelease> list(
      CustomerSelection selection, ReleaseStatus status, Paging paging) {
    return ListQuery.documents(
        entityManager, CreditHoldRelease.class, selection.customerIds(), status, paging);
  }

  /** The request as the API, the forms and the page show it. */
  @Transactional(readOnly = true)
  CreditHoldReleaseView view(CreditHoldRelease release) {
    CustomerView customer = customers.findById(release.customerId()).orElseThrow();
    SalesOrder order = orders.load(release.orderId());
    return CreditHoldReleaseView.of(release, customer, order, LocalDate.now(clock));
  }

  /**
   * What the approvers read on their forms: the order, the customer's credit, the amount, why and
   * until when, who asks.
   */
  @Transactional(readOnly = true)
  String summary(CreditHoldRelease release) {
    CustomerView customer = customers.findById(release.customerId()).orElseThrow();
    SalesOrder order = orders.load(release.orderId());
    StringBuilder text =
        new StringBuilder("订单 ")
            .append(order.orderNumber())
            .append("，客户 ")
            .append(customer.chineseName())
            .append("（")
            .append(customer.code())
            .append("），订单金额 ")
            .append(money(order.currency(), order.amount()))
            .append("\n申请特放 ")
            .append(money(release.currency(), release.amount()))
            .append("，有效期至 ")
            .append(release.validUntil())
            .append("\n原因：")
            .append(release.reason());
    text.append("\n客户状态：").append(Boolean.TRUE.equals(customer.creditHold()) ? "信用冻结" : "未冻结");
    if (customer.creditLimit() != null && customer.creditLimitCurrency() != null) {
      CreditStanding.Exposure exposure =
          standing.exposure(customer.id(), customer.creditLimitCurrency(), order.id());
      String currency = customer.creditLimitCurrency();
      text.append("；信用额度 ")
          .append(money(currency, customer.creditLimit()))
          .append("，未收应收账款 ")
          .append(money(currency, exposure.openReceivables()))
          .append("，其他未开票订单 ")
          .append(money(currency, exposure.ordersNotInvoiced()));
    }
    return text.toString();
  }

  static String money(String currency, BigDecimal amount) {
    return currency + " " + Numbers.plain(amount.setScale(2, java.math.RoundingMode.HALF_UP));
  }
}
