package com.gendan.sample;

import com.gendan.customer.CustomerContact;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.mail.Notifications;
import com.gendan.process.Numbers;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every mail of the sample process, through the outbox, one per event key. */
@Component
@Transactional
class SampleMails {

  /** Carrier codes of the shipping form and how the customer knows them. */
  static final Map<String, String> CARRIERS =
      Map.of(
          "SF", "顺丰速运", "ZTO", "中通快递", "YTO", "圆通速递", "EMS", "EMS", "DEPPON", "德邦物流", "OTHER",
          "其他承运商");

  private final Notifications notifications;
  private final SampleService sampleService;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;

  SampleMails(
      Notifications notifications,
      SampleService sampleService,
      CustomerDirectory customers,
      PeopleDirectory people) {
    this.notifications = notifications;
    this.sampleService = sampleService;
    this.customers = customers;
    this.people = people;
  }

  /** The customer's contact learns how the sample travels. */
  void trackingToCustomer(long sampleId) {
    SampleRequest request = sampleService.load(sampleId);
    SampleRound round = request.currentRound();
    CustomerView customer = customer(request);
    CustomerContact contact = customer.requireMailContact();
    notifications.toCustomer(
        "sample:" + sampleId + ":round:" + round.roundNo() + ":tracking",
        List.of(contact.email()),
        "样品已寄出：" + request.sampleNumber(),
        contact.name() + " 您好：",
        List.of(
            "贵司申请的样品（"
                + request.specText()
                + "，"
                + Numbers.plain(request.quantity())
                + request.unit()
                + "）已于 "
                + round.shippedDate()
                + " 寄出。",
            "承运商："
                + CARRIERS.getOrDefault(round.carrier(), round.carrier())
                + "，运单号："
                + round.trackingNumber()
                + "。",
            "收到样品并完成测试后，烦请告知测试结果。我司业务助理 "
                + people.displayName(customer.assistantUserId())
                + " 会与您保持联系。"));
  }

  /** No result after the escalation period: the customer's sales rep is asked to help. */
  void askSalesRepToHelp(long sampleId) {
    SampleRequest request = sampleService.load(sampleId);
    SampleRound round = request.currentRound();
    CustomerView customer = customer(request);
    List<String> to =
        people
            .email(customer.salesRepUserId())
            .map(List::of)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "sales rep " + customer.salesRepUserId() + " has no email"));
    notifications.toStaff(
        "sample:" + sampleId + ":round:" + round.roundNo() + ":escalation",
        to,
        "请协助跟进样品测试结果：" + request.sampleNumber(),
        List.of(
            delivered(customer, request, round) + "至今没有测试结果。",
            "业助 "
                + people.displayName(customer.assistantUserId())
                + " 已多次跟进，请您协助向客户了解测试进展，并在跟单系统中记录。"));
  }

  /**
   * One mail per firing of the follow-up reminder ({@link com.gendan.process.ReminderFiring}):
   * every follow-up interval while the assistant has logged no contact.
   */
  void followUpReminder(long sampleId, String firing) {
    SampleRequest request = sampleService.load(sampleId);
    SampleRound round = request.currentRound();
    CustomerView customer = customer(request);
    notifications.toStaff(
        "sample:" + sampleId + ":follow-up-reminder:" + firing,
        people.emailOf(customer.assistantUserId()),
        "提醒：请跟进样品测试结果：" + request.sampleNumber(),
        List.of(
            delivered(customer, request, round) + "尚未登记测试结果。",
            "请联络客户了解测试进展，并在跟单系统的“跟进客户测试结果”任务中记录；客户答复后可随时登记结果。"));
  }

  /** The assistant who asked learns that the manager refused, and why. */
  void refusedToAssistant(long sampleId, String reason) {
    SampleRequest request = sampleService.load(sampleId);
    CustomerView customer = customer(request);
    List<String> to = people.emailOf(customer.assistantUserId());
    if (to.isEmpty()) {
      return;
    }
    notifications.toStaff(
        "sample:" + sampleId + ":refused",
        to,
        "样品申请未获批准：" + request.sampleNumber(),
        List.of(
            customer.chineseName() + " 的免费样品申请（" + request.specText() + "）未获业务主管批准。",
            "原因：" + reason));
  }

  /** "客户 的样品（规格）已于 日期 签收，", the opening of the follow-up mails. */
  private static String delivered(CustomerView customer, SampleRequest request, SampleRound round) {
    return customer.chineseName()
        + " 的样品（"
        + request.specText()
        + "）已于 "
        + round.deliveredDate()
        + " 签收，";
  }

  private CustomerView customer(SampleRequest request) {
    return customers.findById(request.customerId()).orElseThrow();
  }
}
