package com.gendan.shipment;

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

/**
 * The mails of a shipment: the stock preparation notice and the customer's shipping notice, through
 * the outbox.
 */
@Component
@Transactional
class ShipmentMails {

  private final Notifications notifications;
  private final OrderService orderService;
  private final PeopleDirectory people;

  ShipmentMails(Notifications notifications, OrderService orderService, PeopleDirectory people) {
    this.notifications = notifications;
    this.orderService = orderService;
    this.people = people;
  }

  /** The stock preparation notice (备货通知单) to the warehouse, the assistant in copy. */
  void stockPreparationNotice(Shipment shipment, String summary) {
    SalesOrder order = orderService.load(shipment.orderId());
    CustomerView customer = orderService.customerOf(order);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        "客户："
            + customer.chineseName()
            + "（"
            + customer.code()
            + "），订单 "
            + order.orderNumber()
            + "，第"
            + shipment.shipmentNo()
            + "批，出库单据："
            + shipment.documentKind().label()
            + "。");
    summary.lines().forEach(paragraphs::add);
    paragraphs.add(
        "客户特殊要求：" + (order.specialRequirements() == null ? "无" : order.specialRequirements()));
    paragraphs.add("请按上述数量备货；业助选定运输方式后，请在跟单系统中登记出库。");
    List<String> to = new ArrayList<>(people.emailsOfGroup(Role.WAREHOUSE.groupId()));
    to.addAll(people.emailOf(customer.assistantUserId()));
    notifications.toStaff(
        "order:" + order.id() + ":shipment:" + shipment.id() + ":stock-notice",
        to,
        "备货通知单：" + order.orderNumber() + " 第" + shipment.shipmentNo() + "批",
        paragraphs);
  }

  /** The customer learns what went out, how, and how to track it. */
  void shipmentToCustomer(Shipment shipment) {
    SalesOrder order = orderService.load(shipment.orderId());
    CustomerView customer = orderService.customerOf(order);
    List<String> paragraphs = new ArrayList<>();
    customer.primaryContact().ifPresent(c -> paragraphs.add(c.name() + " 您好："));
    paragraphs.add(
        "贵司订单 "
            + order.customerPo()
            + "（我司订单号 "
            + order.orderNumber()
            + "）第"
            + shipment.shipmentNo()
            + "批已于 "
            + shipment.shippedOn()
            + " 出货，"
            + shipment.transportMode().label()
            + "，承运商 "
            + shipment.carrier()
            + "，运单号 "
            + shipment.trackingNumber()
            + "。");
    shipment.lines().stream()
        .filter(l -> l.shippedQuantity().signum() > 0)
        .forEach(
            l ->
                paragraphs.add(
                    l.productCode()
                        + " 本批 "
                        + Numbers.plain(l.shippedQuantity())
                        + "，累计 "
                        + Numbers.plain(order.line(l.lineNo()).orElseThrow().shippedQuantity())
                        + " / "
                        + Numbers.plain(order.line(l.lineNo()).orElseThrow().quantity())));
    paragraphs.add(
        order.fulfilled()
            ? "至此订单已全部出货。"
            : order.status().isFinal() ? "其余数量已按贵司要求取消。" : "其余数量完工后将尽快安排出货。");
    List<String> to =
        customer
            .mailContact()
            .map(c -> List.of(c.email()))
            .orElse(people.emailOf(customer.assistantUserId()));
    notifications.toCustomer(
        "order:" + order.id() + ":shipment:" + shipment.id() + ":customer",
        to,
        "出货通知：订单 " + order.customerPo() + " 第" + shipment.shipmentNo() + "批",
        null,
        paragraphs);
  }
}
