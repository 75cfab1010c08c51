package com.gendan.receivable;

import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.Notifications;
import com.gendan.receivable.ReceivableCollections.Collection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection ladder's mails, through the outbox: one per step and invoice (and per broken
 * promise), so a retried job sends none twice.
 */
@Component
@Transactional
class CollectionMails {

  private final Notifications notifications;
  private final PeopleDirectory people;
  private final ReceivableCollections collections;
  private final Clock clock;

  CollectionMails(
      Notifications notifications,
      PeopleDirectory people,
      ReceivableCollections collections,
      Clock clock) {
    this.notifications = notifications;
    this.people = people;
    this.collections = collections;
    this.clock = clock;
  }

  /** Before the due date: the assistant is reminded to ask for the payment. */
  void reminder(long invoiceId) {
    Collection c = collections.load(invoiceId);
    send(
        "receivable:" + c.invoiceNumber() + ":reminder",
        users(c.assistant()),
        "货款即将到期：发票 " + c.invoiceNumber() + "（" + c.customerName() + "）",
        c,
        "该发票货款将于 " + c.dueOn() + " 到期，请提前提醒客户按时付款。");
  }

  /** A promised payment date passed without a payment: her sales manager is told at once. */
  void brokenPromise(long invoiceId, long chaseId, String salesManager) {
    Collection c = collections.load(invoiceId);
    String promised = collections.promisedOn(chaseId).map(LocalDate::toString).orElse("—");
    send(
        "receivable:" + c.invoiceNumber() + ":promise-broken:" + chaseId,
        managers(salesManager),
        "客户未按承诺付款：发票 " + c.invoiceNumber() + "（" + c.customerName() + "）",
        c,
        "客户承诺于 " + promised + " 前付款，至今未收到货款，请督促业助 " + name(c.assistant()) + " 跟进。");
  }

  /** Overdue long enough that the sales rep helps. */
  void salesRepAsked(long invoiceId) {
    Collection c = collections.load(invoiceId);
    send(
        "receivable:" + c.invoiceNumber() + ":sales-rep",
        users(c.salesRep()),
        "请协助催收货款：发票 " + c.invoiceNumber() + "（" + c.customerName() + "）",
        c,
        "该发票已逾期 "
            + daysOverdue(c)
            + " 天，请协助业助 "
            + name(c.assistant())
            + " 联络客户催收，并在 Tasklist 登记联络情况。");
  }

  /** Overdue long enough that the sales manager and finance step in. */
  void managerAndFinanceTold(long invoiceId, String salesManager) {
    Collection c = collections.load(invoiceId);
    List<String> to = new ArrayList<>(managers(salesManager));
    to.addAll(group(Role.FINANCE));
    send(
        "receivable:" + c.invoiceNumber() + ":manager",
        to,
        "货款逾期 " + daysOverdue(c) + " 天：发票 " + c.invoiceNumber() + "（" + c.customerName() + "）",
        c,
        "该发票已逾期 " + daysOverdue(c) + " 天仍未收回，请业务主管督促催收，财务留意。");
  }

  /** Overdue long enough for the general manager; the customer went on credit hold. */
  void generalManagerTold(long invoiceId, String salesManager, boolean holdPlaced) {
    Collection c = collections.load(invoiceId);
    List<String> to = new ArrayList<>(group(Role.GENERAL_MANAGER));
    to.addAll(group(Role.FINANCE));
    to.addAll(managers(salesManager));
    to.addAll(users(c.assistant(), c.salesRep()));
    send(
        "receivable:" + c.invoiceNumber() + ":general-manager",
        to,
        "货款逾期 " + daysOverdue(c) + " 天，客户信用冻结：" + c.customerName(),
        c,
        "该发票已逾期 "
            + daysOverdue(c)
            + " 天仍未收回。"
            + (holdPlaced
                ? "客户 " + c.customerName() + " 已自动列为信用冻结：新订单在订单审查时停止，收回逾期货款后自动解除。"
                : "客户 " + c.customerName() + " 已处于信用冻结。"));
  }

  private void send(String eventKey, List<String> to, String title, Collection c, String message) {
    Set<String> distinct = new LinkedHashSet<>(to);
    if (distinct.isEmpty()) {
      return;
    }
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(message);
    paragraphs.addAll(List.of(c.summary().split("\n")));
    notifications.toStaff(eventKey, List.copyOf(distinct), title, paragraphs);
  }

  private long daysOverdue(Collection c) {
    return ChronoUnit.DAYS.between(c.dueOn(), LocalDate.now(clock));
  }

  private String name(String userId) {
    return userId == null ? "—" : people.displayName(userId);
  }

  private List<String> users(String... userIds) {
    return Stream.of(userIds)
        .filter(java.util.Objects::nonNull)
        .flatMap(id -> people.emailOf(id).stream())
        .toList();
  }

  /** Her own sales manager, or every sales manager when she has none. */
  private List<String> managers(String salesManager) {
    return salesManager == null ? group(Role.SALES_MANAGER) : users(salesManager);
  }

  private List<String> group(Role role) {
    return people.emailsOfGroup(role.groupId());
  }
}
