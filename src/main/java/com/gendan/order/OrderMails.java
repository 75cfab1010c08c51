package com.gendan.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.MailOutbox;
import com.gendan.mail.OutboxMessage;

/** Every mail of the sales order process, through the outbox, one per event key. */
@Component
@Transactional
class OrderMails {

  static final String TEMPLATE = "notification";

  private final MailOutbox outbox;
  private final OrderService orderService;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;
  private final String tasklistUrl;

  OrderMails(MailOutbox outbox, OrderService orderService, CustomerDirectory customers,
      PeopleDirectory people, @Value("${gendan.base-url:http://localhost:8080}") String baseUrl) {
    this.outbox = outbox;
    this.orderService = orderService;
    this.customers = customers;
    this.people = people;
    this.tasklistUrl = baseUrl + "/camunda/app/tasklist/";
  }

  /** The production plan order (生产计划单) to production, special requirements on their own. */
  void productionPlan(long orderId) {
    SalesOrder order = orderService.load(orderId);
    CustomerView customer = customer(order);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("客户：" + customer.chineseName() + "（" + customer.code() + "），订单 "
        + order.orderNumber() + "。");
    order.lines().forEach(line -> paragraphs.add("第" + line.lineNo() + "行 " + line.productCode()
        + (line.spec() == null ? "" : "（" + line.spec() + "）") + " 数量 "
        + line.quantity().stripTrailingZeros().toPlainString() + "，交期 "
        + line.requestedDate()));
    paragraphs.add("客户特殊要求：" + (order.specialRequirements() == null ? "无"
        : order.specialRequirements()));
    paragraphs.add("请在跟单系统中确认计划完工日期。");
    send("order:" + orderId + ":production-plan",
        people.emailsOfGroup(Role.PRODUCTION.groupId()),
        "生产计划单：" + order.orderNumber(), paragraphs);
  }

  /** Top management learns of a production exception at once, with the order's facts. */
  void exceptionToTopManagement(OrderException exception) {
    SalesOrder order = orderService.load(exception.orderId());
    CustomerView customer = customer(order);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("生产对订单 " + order.orderNumber() + "（客户：" + customer.chineseName()
        + "，" + customer.tier().name().toLowerCase() + " 客户）提出" + exception.kind().label()
        + "：" + exception.description());
    order.lines().forEach(line -> paragraphs.add("第" + line.lineNo() + "行 "
        + line.productCode() + " 数量 " + line.quantity().stripTrailingZeros().toPlainString()
        + "，要求交期 " + line.requestedDate()));
    paragraphs.add("请在跟单系统中作出处理决定，业助将据此通知客户。");
    send("order:" + order.id() + ":exception:" + exception.id(),
        people.emailsOfGroup(Role.GENERAL_MANAGER.groupId()),
        "生产异常：" + order.orderNumber() + " " + exception.kind().label(), paragraphs);
  }

  void confirmationReminder(long orderId, String taskId) {
    SalesOrder order = orderService.load(orderId);
    send("order:" + orderId + ":confirmation-reminder:" + taskId,
        emailOf(customer(order).assistantUserId()),
        "提醒：电话订单 " + order.orderNumber() + " 尚未取得客户书面确认",
        List.of("客户 " + customer(order).chineseName() + " 的电话订单 " + order.orderNumber()
            + " 须取得书面确认（传真或邮件），请尽快跟进。"));
  }

  void correctionReminder(long orderId, String taskId) {
    SalesOrder order = orderService.load(orderId);
    send("order:" + orderId + ":correction-reminder:" + taskId,
        emailOf(customer(order).assistantUserId()),
        "提醒：订单 " + order.orderNumber() + " 的审查发现尚待与客户协调",
        List.of("订单 " + order.orderNumber() + "（" + customer(order).chineseName()
            + "）审查有发现，更正前不能下达生产，请尽快与客户协调。"));
  }

  private void send(String eventKey, List<String> to, String title, List<String> paragraphs) {
    if (to.isEmpty()) {
      throw new IllegalStateException("no mail address for " + eventKey);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("paragraphs", paragraphs);
    model.put("link", tasklistUrl);
    outbox.enqueue(OutboxMessage.of(eventKey, to, TEMPLATE, model));
  }

  private List<String> emailOf(String userId) {
    return people.email(userId).map(List::of).orElse(List.of());
  }

  private CustomerView customer(SalesOrder order) {
    return customers.findById(order.customerId()).orElseThrow();
  }
}
