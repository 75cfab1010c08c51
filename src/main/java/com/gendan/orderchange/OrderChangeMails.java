package com.gendan.orderchange;

import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.Notifications;
import com.gendan.order.OrderLinesText;
import com.gendan.order.OrderService;
import com.gendan.order.OrderStatus;
import com.gendan.order.SalesOrder;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The mails of an approved change or cancellation, to everyone who works on the order. */
@Component
@Transactional
class OrderChangeMails {

  private final Notifications notifications;
  private final OrderService orderService;
  private final PeopleDirectory people;

  OrderChangeMails(Notifications notifications, OrderService orderService, PeopleDirectory people) {
    this.notifications = notifications;
    this.orderService = orderService;
    this.people = people;
  }

  /** An approved change reached the order: production, warehouse and assistant learn of it. */
  void orderChanged(long orderId, String reason, boolean planAffected) {
    SalesOrder order = orderService.load(orderId);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        "订单 "
            + order.orderNumber()
            + "（"
            + orderService.customerOf(order).chineseName()
            + "）已核准变更："
            + reason);
    paragraphs.add("变更后的明细：");
    OrderLinesText.format(order.lines()).lines().forEach(paragraphs::add);
    if (planAffected) {
      paragraphs.add("生产计划已下达，请生产在跟单系统中确认变更后的计划完工日期。");
    }
    notifications.toStaff(
        "order:" + orderId + ":change:" + order.historyLength(),
        departments(order),
        "订单变更：" + order.orderNumber(),
        paragraphs);
  }

  /** An approved cancellation: everyone who would still work on the order stops. */
  void orderCancelled(long orderId, String reason) {
    SalesOrder order = orderService.load(orderId);
    notifications.toStaff(
        "order:" + orderId + ":cancelled",
        departments(order),
        "订单" + order.status().label() + "：" + order.orderNumber(),
        List.of(
            "订单 "
                + order.orderNumber()
                + "（"
                + orderService.customerOf(order).chineseName()
                + "）"
                + (order.status() == OrderStatus.CLOSED ? "未出货的余量已取消，订单结案" : "已取消")
                + "。原因："
                + reason,
            "请停止尚未完成的生产与备货。"));
  }

  private List<String> departments(SalesOrder order) {
    List<String> to = new ArrayList<>(people.emailsOfGroup(Role.PRODUCTION.groupId()));
    to.addAll(people.emailsOfGroup(Role.WAREHOUSE.groupId()));
    to.addAll(people.emailOf(orderService.customerOf(order).assistantUserId()));
    return to;
  }
}
