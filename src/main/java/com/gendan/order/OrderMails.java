package com.gendan.order;

import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.Notifications;
import com.gendan.product.ProductCatalog;
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
  private final PeopleDirectory people;
  private final ProductCatalog products;
  private final OrderReview review;

  OrderMails(
      Notifications notifications,
      OrderService orderService,
      PeopleDirectory people,
      ProductCatalog products,
      OrderReview review) {
    this.notifications = notifications;
    this.orderService = orderService;
    this.people = people;
    this.products = products;
    this.review = review;
  }

  /** The production plan order (生产计划单) to production, special requirements on their own. */
  void productionPlan(long orderId) {
    SalesOrder order = orderService.load(orderId);
    CustomerView customer = orderService.customerOf(order);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        "客户："
            + customer.chineseName()
            + "（"
            + customer.code()
            + "），订单 "
            + order.orderNumber()
            + "。");
    ProductionPlanLines.format(order.lines(), id -> products.findById(id).orElseThrow())
        .lines()
        .forEach(paragraphs::add);
    paragraphs.add(
        "客户特殊要求：" + (order.specialRequirements() == null ? "无" : order.specialRequirements()));
    List<String> conditions = review.sampleConditions(order);
    if (!conditions.isEmpty()) {
      paragraphs.add("样品承认条件（量产须遵守）：");
      paragraphs.addAll(conditions);
    }
    paragraphs.add("请在跟单系统中确认计划完工日期。");
    notifications.toStaff(
        "order:" + orderId + ":production-plan",
        people.emailsOfGroup(Role.PRODUCTION.groupId()),
        "生产计划单：" + order.orderNumber(),
        paragraphs);
  }

  /** The assistant learns that a shortage left the order short in this batch. */
  public void shortfall(
      long orderId,
      String productCode,
      String allocated,
      String outstanding,
      String allocationKey) {
    SalesOrder order = orderService.load(orderId);
    CustomerView customer = orderService.customerOf(order);
    notifications.toStaff(
        "order:" + orderId + ":shortfall:" + allocationKey,
        people.emailOf(customer.assistantUserId()),
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
            "请与客户 " + customer.chineseName() + " 沟通交期，必要时提出生产异常。"));
  }

  /**
   * The sales managers learn that the shortage allocation they confirmed no longer fits the orders
   * (a change, a cancellation or a shipment came in between) and why; once per allocation process
   * and reason.
   */
  public void allocationOutdated(
      String allocationProcessId, String productCode, String reason, boolean askedAgain) {
    notifications.toStaff(
        "shortage:" + allocationProcessId + ":outdated:" + Integer.toHexString(reason.hashCode()),
        people.emailsOfGroup(Role.SALES_MANAGER.groupId()),
        "短缺分配需重新确认：" + productCode,
        List.of(
            "产品 " + productCode + " 的短缺分配在确认后，相关订单已有变化，未按原分配出货：",
            reason,
            askedAgain ? "系统已按订单现状重新建议分配，请在跟单系统的「确认短缺分配」任务中重新确认。" : "本次短缺分配结束，无需再处理。"));
  }

  /** One mail per firing of the reminder ({@link com.gendan.process.ReminderFiring}). */
  void confirmationReminder(long orderId, String firing) {
    SalesOrder order = orderService.load(orderId);
    CustomerView customer = orderService.customerOf(order);
    notifications.toStaff(
        "order:" + orderId + ":confirmation-reminder:" + firing,
        people.emailOf(customer.assistantUserId()),
        "提醒：电话订单 " + order.orderNumber() + " 尚未取得客户书面确认",
        List.of(
            "客户 "
                + customer.chineseName()
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
    CustomerView customer = orderService.customerOf(order);
    notifications.toStaff(
        "order:" + orderId + ":correction-reminder:" + firing,
        people.emailOf(customer.assistantUserId()),
        "提醒：订单 " + order.orderNumber() + " 的审查发现尚待与客户协调",
        List.of(
            "订单 "
                + order.orderNumber()
                + "（"
                + customer.chineseName()
                + "）审查有发现，更正前不能下达生产，请尽快与客户协调。"));
  }
}
