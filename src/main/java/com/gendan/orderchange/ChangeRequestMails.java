package com.gendan.orderchange;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.MailAttachment;
import com.gendan.mail.Notifications;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The mails of a change or cancellation request, each once per business event (the outbox). */
@Component
@Transactional
class ChangeRequestMails {

  private final Notifications notifications;
  private final ChangeRequests requests;
  private final OrderService orderService;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;
  private final ChangeRequestDocuments documents;

  ChangeRequestMails(
      Notifications notifications,
      ChangeRequests requests,
      OrderService orderService,
      CustomerDirectory customers,
      PeopleDirectory people,
      ChangeRequestDocuments documents) {
    this.notifications = notifications;
    this.requests = requests;
    this.orderService = orderService;
    this.customers = customers;
    this.people = people;
    this.documents = documents;
  }

  /** A department has not stated its impact by the due date: its members are reminded. */
  void impactReminder(long requestId, Department department, String firing) {
    ChangeRequest request = requests.load(requestId);
    notifications.toStaff(
        "changeRequest:" + requestId + ":impact:" + department.groupId() + ":" + firing,
        people.emailsOfGroup(department.groupId()),
        "请评估变更影响：" + request.requestNumber(),
        List.of(
            department.label() + "尚未答复" + title(request) + "的影响，已到期，请尽快在跟单系统中答复。",
            requests.summary(requestId)));
  }

  /** A department is still silent after the reminder: the sales managers are told. */
  void impactOverdue(long requestId, Department department, String firing) {
    ChangeRequest request = requests.load(requestId);
    notifications.toStaff(
        "changeRequest:" + requestId + ":impact:" + department.groupId() + ":overdue:" + firing,
        people.emailsOfGroup(Role.SALES_MANAGER.groupId()),
        "变更影响逾期未答复：" + request.requestNumber(),
        List.of(
            department.label() + "逾期仍未答复" + title(request) + "的影响评估，请督促。",
            requests.summary(requestId)));
  }

  /** Rejected: the assistant learns why; the order stays as it is. */
  void rejected(long requestId) {
    ChangeRequest request = requests.load(requestId);
    CustomerView customer = customer(request);
    List<String> to = new ArrayList<>(people.emailOf(customer.assistantUserId()));
    to.addAll(people.emailOf(request.createdBy()));
    notifications.toStaff(
        "changeRequest:" + requestId + ":rejected",
        to.stream().distinct().toList(),
        "变更/取消申请已驳回：" + request.requestNumber(),
        List.of(
            title(request) + "已被驳回，订单维持不变。",
            "驳回原因：" + request.decisionNote(),
            requests.summary(requestId)));
  }

  /**
   * Approved, but the order changed meanwhile and could not take it: the request is void, the sales
   * managers and the assistant learn what changed and that a new request is needed.
   */
  void orderChangedMeanwhile(long requestId) {
    ChangeRequest request = requests.load(requestId);
    SalesOrder order = orderService.load(request.orderId());
    List<String> to = new ArrayList<>(people.emailsOfGroup(Role.SALES_MANAGER.groupId()));
    to.addAll(people.emailOf(customer(request).assistantUserId()));
    to.addAll(people.emailOf(request.createdBy()));
    notifications.toStaff(
        "changeRequest:" + requestId + ":void",
        to.stream().distinct().toList(),
        "变更/取消申请无法执行，已作废：" + request.requestNumber(),
        List.of(
            title(request) + "已签核同意，但签核期间订单已有变化，无法照办：",
            request.decisionNote(),
            "订单维持现状（"
                + order.status().label()
                + "），申请已作废。如仍需"
                + request.kind().label()
                + "，请业助按订单现状重新提出申请，各部门将重新评估影响。",
            requests.summary(requestId)));
  }

  /**
   * Approved: each department gets one mail with the request and its PDF (销售订单变更(取消)申请单), the
   * assistant and the customer's sales rep a copy.
   */
  void approved(long requestId) {
    ChangeRequest request = requests.load(requestId);
    SalesOrder order = orderService.load(request.orderId());
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(title(request) + "已核准，请各部门据此执行。");
    paragraphs.addAll(requests.summary(requestId).lines().toList());
    paragraphs.add("订单现状：" + order.status().label());
    paragraphs.addAll(requests.impactSummary(request).lines().toList());
    if (request.kind() == ChangeKind.CHANGE && order.status().planIssued()) {
      paragraphs.add("生产计划已下达，请生产在跟单系统中确认变更后的计划完工日期。");
    }
    MailAttachment pdf = documents.pdf(requestId);
    for (Department department : Department.values()) {
      List<String> to = people.emailsOfGroup(department.groupId());
      if (!to.isEmpty()) {
        notifications.send(
            notifications
                .staffMail(
                    "changeRequest:" + requestId + ":approved:" + department.groupId(),
                    to,
                    "订单" + request.kind().label() + "已核准：" + request.requestNumber(),
                    paragraphs)
                .withAttachment(pdf));
      }
    }
    CustomerView customer = customer(request);
    List<String> team = new ArrayList<>(people.emailOf(customer.assistantUserId()));
    team.addAll(people.emailOf(customer.salesRepUserId()));
    List<String> copy = new ArrayList<>(paragraphs);
    if (request.deadStockOpen()) {
      copy.add("本次" + request.kind().label() + "留下呆滞料，请业务员在跟单系统中逐项处理。");
    }
    notifications.toStaff(
        "changeRequest:" + requestId + ":approved:team",
        team.stream().distinct().toList(),
        "订单" + request.kind().label() + "已核准（副本）：" + request.requestNumber(),
        copy);
  }

  /** Weekly: the sales rep is reminded of the open dead stock. */
  void deadStockReminder(long requestId, String firing) {
    ChangeRequest request = requests.load(requestId);
    notifications.toStaff(
        "changeRequest:" + requestId + ":deadStock:reminder:" + firing,
        people.emailOf(customer(request).salesRepUserId()),
        "呆滞料待处理：" + request.requestNumber(),
        List.of(title(request) + "留下的呆滞料尚未处理完毕：", requests.deadStockList(requestId, false)));
  }

  /** Past the due date: the sales managers are told. */
  void deadStockOverdue(long requestId, String firing) {
    ChangeRequest request = requests.load(requestId);
    notifications.toStaff(
        "changeRequest:" + requestId + ":deadStock:overdue:" + firing,
        people.emailsOfGroup(Role.SALES_MANAGER.groupId()),
        "呆滞料逾期未处理：" + request.requestNumber(),
        List.of(
            title(request)
                + "留下的呆滞料已过处理期限，业务员 "
                + people.displayName(customer(request).salesRepUserId())
                + " 尚未处理完毕：",
            requests.deadStockList(requestId, false)));
  }

  private String title(ChangeRequest request) {
    return "订单"
        + orderService.load(request.orderId()).orderNumber()
        + "（"
        + customer(request).chineseName()
        + "）的"
        + request.kind().label()
        + "申请 "
        + request.requestNumber();
  }

  private CustomerView customer(ChangeRequest request) {
    return customers.findById(request.customerId()).orElseThrow();
  }
}
