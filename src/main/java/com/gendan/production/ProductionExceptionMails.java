package com.gendan.production;

import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.Notifications;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.process.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The mails of production exceptions, through the outbox, one per event key. */
@Component
@Transactional
class ProductionExceptionMails {

  private final Notifications notifications;
  private final OrderService orderService;
  private final PeopleDirectory people;

  ProductionExceptionMails(
      Notifications notifications, OrderService orderService, PeopleDirectory people) {
    this.notifications = notifications;
    this.orderService = orderService;
    this.people = people;
  }

  /** Top management learns of a production exception at once, with the order's facts. */
  void exceptionToTopManagement(OrderException exception) {
    SalesOrder order = orderService.load(exception.orderId());
    CustomerView customer = orderService.customerOf(order);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        "生产对订单 "
            + order.orderNumber()
            + "（客户："
            + customer.chineseName()
            + "，"
            + customer.tier().label()
            + "）提出"
            + exception.kind().label()
            + "："
            + exception.description());
    order
        .lines()
        .forEach(
            line ->
                paragraphs.add(
                    "第"
                        + line.lineNo()
                        + "行 "
                        + line.productCode()
                        + " 数量 "
                        + Numbers.plain(line.quantity())
                        + "，要求交期 "
                        + line.requestedDate()));
    paragraphs.add("请在跟单系统中作出处理决定，业助将据此通知客户。");
    notifications.toStaff(
        "order:" + order.id() + ":exception:" + exception.id(),
        people.emailsOfGroup(Role.GENERAL_MANAGER.groupId()),
        "生产异常：" + order.orderNumber() + " " + exception.kind().label(),
        paragraphs);
  }
}
