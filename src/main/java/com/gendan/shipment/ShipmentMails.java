package com.gendan.shipment;

import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPages;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.MailAttachment;
import com.gendan.mail.Notifications;
import com.gendan.mail.OutboxMessage;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.process.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails of a shipment: the stock preparation notice and the customer's shipping notice, through
 * the outbox.
 */
@Component
@Transactional
class ShipmentMails {

  /** Words in a customer's standing requirements that ask for an inspection report. */
  static final String INSPECTION_REPORT = "检验报告";

  private final Notifications notifications;
  private final OrderService orderService;
  private final PeopleDirectory people;
  private final DocumentPages documents;

  ShipmentMails(
      Notifications notifications,
      OrderService orderService,
      PeopleDirectory people,
      DocumentPages documents) {
    this.notifications = notifications;
    this.orderService = orderService;
    this.people = people;
    this.documents = documents;
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
    List<String> paragraphs =
        opening(customer, order, "第" + shipment.shipmentNo() + "批已于 ", shipment, " 出货，");
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
    List<String> to = customerRecipients(customer);
    boolean reportAsked =
        customer.standingRequirements() != null
            && customer.standingRequirements().contains(INSPECTION_REPORT)
            && shipment.inspectionResult() != null;
    if (reportAsked) {
      paragraphs.add("随函附上本批的出货检验报告。");
    }
    OutboxMessage message =
        notifications.customerMail(
            "order:" + order.id() + ":shipment:" + shipment.id() + ":customer",
            to,
            "出货通知：订单 " + order.customerPo() + " 第" + shipment.shipmentNo() + "批",
            null,
            paragraphs);
    if (reportAsked) {
      message = message.withAttachment(inspectionReport(shipment, order, customer));
    }
    notifications.send(message);
  }

  /**
   * The customer learns that the goods a complaint's rework sent again went out: why, how, and how
   * to track them.
   */
  void reshipmentToCustomer(Shipment shipment, String reason) {
    SalesOrder order = orderService.load(shipment.orderId());
    CustomerView customer = orderService.customerOf(order);
    List<String> paragraphs = opening(customer, order, reason + "：返工后的货物已于 ", shipment, " 重新发出，");
    shipment
        .lines()
        .forEach(
            l -> paragraphs.add(l.productCode() + " 本次补发 " + Numbers.plain(l.shippedQuantity())));
    notifications.send(
        notifications.customerMail(
            "order:" + order.id() + ":shipment:" + shipment.id() + ":customer",
            customerRecipients(customer),
            "补发通知：订单 " + order.customerPo() + " 第" + shipment.shipmentNo() + "批",
            null,
            paragraphs));
  }

  /**
   * A shipping mail's greeting and first sentence: the customer's PO and our order number, {@code
   * what} went out on the day, {@code how}, by which transport, carrier and tracking number.
   */
  private static List<String> opening(
      CustomerView customer, SalesOrder order, String what, Shipment shipment, String how) {
    List<String> paragraphs = new ArrayList<>();
    customer.primaryContact().ifPresent(c -> paragraphs.add(c.name() + " 您好："));
    paragraphs.add(
        "贵司订单 "
            + order.customerPo()
            + "（我司订单号 "
            + order.orderNumber()
            + "）"
            + what
            + shipment.shippedOn()
            + how
            + shipment.transportMode().label()
            + "，承运商 "
            + shipment.carrier()
            + "，运单号 "
            + shipment.trackingNumber()
            + "。");
    return paragraphs;
  }

  /** The customer's mail contact, or her assistant when the customer has none. */
  private List<String> customerRecipients(CustomerView customer) {
    return customer
        .mailContact()
        .map(c -> List.of(c.email()))
        .orElse(people.emailOf(customer.assistantUserId()));
  }

  /** The batch's outgoing inspection report (出货检验报告), as PDF. */
  private MailAttachment inspectionReport(
      Shipment shipment, SalesOrder order, CustomerView customer) {
    Shipment.ShipmentView view = shipment.toView(order.orderNumber());
    Map<String, Object> model = new HashMap<>();
    model.put("shipment", view);
    model.put("orderNumber", order.orderNumber());
    model.put("customerPo", order.customerPo());
    model.put("customerName", customer.chineseName());
    DocumentPages.Document report =
        new DocumentPages.Document(
            "inspection-report",
            "出货检验报告",
            view.shipmentNumber(),
            DocumentLinks.shipment(view.shipmentNumber()),
            model);
    return new MailAttachment(
        DocumentPages.pdfName(report), "application/pdf", documents.pdfOf(report));
  }
}
