package com.gendan.order;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.Notifications;
import com.gendan.process.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every mail of the sales order process, through the outbox, one per event key. */
@Component
@Transactional
public class OrderMails {

  private final Notifications notifications;
  private final OrderService orderService;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;

  OrderMails(
      Notifications notifications,
      OrderService orderService,
      CustomerDirectory customers,
      PeopleDirectory people) {
    this.notifications = notifications;
    this.orderService = orderService;
    this.customers = customers;
    this.people = people;
  }

  /** The production plan order (生产计划单) to production, special requirements on their own. */
  void productionPlan(long orderId) {
    SalesOrder order = orderService.load(orderId);
    CustomerView customer = customer(order);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        "客户："
            + customer.chineseName()
            + "（"
            + customer.code()
            + "），订单 "
            + order.orderNumber()
            + "。");
    order
        .lines()
        .forEach(
            line ->
                paragraphs.add(
                    "第"
                        + line.lineNo()
                        + "行 "
                        + line.productCode()
                        + (line.spec() == null ? "" : "（" + line.spec() + "）")
                        + " 数量 "
                        + Numbers.plain(line.quantity())
                        + "，交期 "
                        + line.requestedDate()));
    paragraphs.add(
        "客户特殊要求：" + (order.specialRequirements() == null ? "无" : order.specialRequirements()));
    paragraphs.add("请在跟单系统中确认计划完工日期。");
    notifications.toStaff(
        "order:" + orderId + ":production-plan",
        people.emailsOfGroup(Role.PRODUCTION.groupId()),
        "生产计划单：" + order.orderNumber(),
        paragraphs);
  }

  /** Top management learns of a production exception at once, with the order's facts. */
  void exceptionToTopManagement(OrderException exception) {
    SalesOrder order = orderService.load(exception.orderId());
    CustomerView customer = customer(order);
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

  /** The stock preparation notice (备货通知单) to the warehouse, the assistant in copy. */
  void stockPreparationNotice(Shipment shipment, String summary) {
    SalesOrder order = orderService.load(shipment.orderId());
    CustomerView customer = customer(order);
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
    CustomerView customer = customer(order);
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

  /** An approved change reached the order: production, warehouse and assistant learn of it. */
  void orderChanged(long orderId, String reason, boolean planAffected) {
    SalesOrder order = orderService.load(orderId);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        "订单 " + order.orderNumber() + "（" + customer(order).chineseName() + "）已核准变更：" + reason);
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
                + customer(order).chineseName()
                + "）"
                + (order.status() == OrderStatus.CLOSED ? "未出货的余量已取消，订单结案" : "已取消")
                + "。原因："
                + reason,
            "请停止尚未完成的生产与备货。"));
  }

  /** The assistant learns that a shortage left the order short in this batch. */
  public void shortfall(
      long orderId,
      String productCode,
      String allocated,
      String outstanding,
      String allocationKey) {
    SalesOrder order = orderService.load(orderId);
    notifications.toStaff(
        "order:" + orderId + ":shortfall:" + allocationKey,
        people.emailOf(customer(order).assistantUserId()),
        "短缺分配：订单 " + order.orderNumber() + " 本批未足额分配",
        List.of(
            "产品 "
                + productCode
                + " 短缺，业务主管确认的分配：订单 "
                + order.orderNumber()
                + " 本批分得 "
                + allocated
                + "，待出货 "
                + outstanding
                + "。",
            "请与客户 " + customer(order).chineseName() + " 沟通交期，必要时提出生产异常。"));
  }

  private List<String> departments(SalesOrder order) {
    List<String> to = new ArrayList<>(people.emailsOfGroup(Role.PRODUCTION.groupId()));
    to.addAll(people.emailsOfGroup(Role.WAREHOUSE.groupId()));
    to.addAll(people.emailOf(customer(order).assistantUserId()));
    return to;
  }

  /** One mail per firing of the reminder ({@link com.gendan.process.ReminderFiring}). */
  void confirmationReminder(long orderId, String firing) {
    SalesOrder order = orderService.load(orderId);
    notifications.toStaff(
        "order:" + orderId + ":confirmation-reminder:" + firing,
        people.emailOf(customer(order).assistantUserId()),
        "提醒：电话订单 " + order.orderNumber() + " 尚未取得客户书面确认",
        List.of(
            "客户 "
                + customer(order).chineseName()
                + " 的电话订单 "
                + order.orderNumber()
                + " 须取得书面确认（传真或邮件），请尽快跟进。"));
  }

  /**
   * One mail per firing of the reminder cycle ({@link com.gendan.process.ReminderFiring}): every 2
   * days while the correction is open.
   */
  void correctionReminder(long orderId, String firing) {
    SalesOrder order = orderService.load(orderId);
    notifications.toStaff(
        "order:" + orderId + ":correction-reminder:" + firing,
        people.emailOf(customer(order).assistantUserId()),
        "提醒：订单 " + order.orderNumber() + " 的审查发现尚待与客户协调",
        List.of(
            "订单 "
                + order.orderNumber()
                + "（"
                + customer(order).chineseName()
                + "）审查有发现，更正前不能下达生产，请尽快与客户协调。"));
  }

  private CustomerView customer(SalesOrder order) {
    return customers.findById(order.customerId()).orElseThrow();
  }
}
