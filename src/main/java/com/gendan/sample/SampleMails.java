package com.gendan.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.gendan.process.Numbers;
import com.gendan.customer.CustomerContact;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.mail.MailOutbox;
import com.gendan.mail.OutboxMessage;

/** Every mail of the sample process, through the outbox, one per event key. */
@Component
@Transactional
class SampleMails {

  static final String TEMPLATE = "notification";

  /** Carrier codes of the shipping form and how the customer knows them. */
  static final Map<String, String> CARRIERS = Map.of("SF", "顺丰速运", "ZTO", "中通快递",
      "YTO", "圆通速递", "EMS", "EMS", "DEPPON", "德邦物流", "OTHER", "其他承运商");

  private final MailOutbox outbox;
  private final SampleService sampleService;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;
  private final String tasklistUrl;

  SampleMails(MailOutbox outbox, SampleService sampleService, CustomerDirectory customers,
      PeopleDirectory people, @Value("${gendan.base-url:http://localhost:8080}") String baseUrl) {
    this.outbox = outbox;
    this.sampleService = sampleService;
    this.customers = customers;
    this.people = people;
    this.tasklistUrl = baseUrl + "/camunda/app/tasklist/";
  }

  /** The customer's contact learns how the sample travels. */
  void trackingToCustomer(long sampleId) {
    SampleRequest request = sampleService.load(sampleId);
    SampleRound round = request.currentRound();
    CustomerView customer = customer(request);
    CustomerContact contact = customer.primaryContact()
        .filter(c -> c.email() != null && !c.email().isBlank())
        .orElseThrow(() -> new IllegalStateException("customer " + customer.code()
            + " has no primary contact with an email address"));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", "样品已寄出：" + request.sampleNumber());
    model.put("greeting", contact.name() + " 您好：");
    model.put("paragraphs", List.of(
        "贵司申请的样品（" + request.specText() + "，" + Numbers.plain(request.quantity())
            + request.unit() + "）已于 " + round.shippedDate() + " 寄出。",
        "承运商：" + CARRIERS.getOrDefault(round.carrier(), round.carrier()) + "，运单号："
            + round.trackingNumber() + "。",
        "收到样品并完成测试后，烦请告知测试结果。我司业务助理 "
            + people.displayName(customer.assistantUserId()) + " 会与您保持联系。"));
    model.put("link", null);
    outbox.enqueue(OutboxMessage.of("sample:" + sampleId + ":round:" + round.roundNo()
        + ":tracking", List.of(contact.email()), TEMPLATE, model));
  }

  /** No result after the escalation period: the customer's sales rep is asked to help. */
  void askSalesRepToHelp(long sampleId) {
    SampleRequest request = sampleService.load(sampleId);
    SampleRound round = request.currentRound();
    CustomerView customer = customer(request);
    List<String> to = people.email(customer.salesRepUserId()).map(List::of).orElseThrow(() ->
        new IllegalStateException("sales rep " + customer.salesRepUserId() + " has no email"));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", "请协助跟进样品测试结果：" + request.sampleNumber());
    model.put("paragraphs", List.of(
        customer.chineseName() + " 的样品（" + request.specText() + "）已于 "
            + round.deliveredDate() + " 签收，至今没有测试结果。",
        "业助 " + people.displayName(customer.assistantUserId())
            + " 已多次跟进，请您协助向客户了解测试进展，并在跟单系统中记录。"));
    model.put("link", tasklistUrl);
    outbox.enqueue(OutboxMessage.of("sample:" + sampleId + ":round:" + round.roundNo()
        + ":escalation", to, TEMPLATE, model));
  }

  /** The assistant who asked learns that the manager refused, and why. */
  void refusedToAssistant(long sampleId, String reason) {
    SampleRequest request = sampleService.load(sampleId);
    CustomerView customer = customer(request);
    List<String> to = people.email(customer.assistantUserId()).map(List::of).orElse(List.of());
    if (to.isEmpty()) {
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", "样品申请未获批准：" + request.sampleNumber());
    model.put("paragraphs", List.of(customer.chineseName() + " 的免费样品申请（"
        + request.specText() + "）未获业务主管批准。", "原因：" + reason));
    model.put("link", tasklistUrl);
    outbox.enqueue(OutboxMessage.of("sample:" + sampleId + ":refused", to, TEMPLATE, model));
  }

  private CustomerView customer(SampleRequest request) {
    return customers.findById(request.customerId()).orElseThrow();
  }
}
