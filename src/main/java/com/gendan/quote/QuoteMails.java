package com.gendan.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.gendan.customer.CustomerContact;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.MailAttachment;
import com.gendan.mail.MailOutbox;
import com.gendan.mail.OutboxMessage;

/**
 * Every mail of the quote process, through the outbox. Each has an event key, so a retried job
 * never mails twice.
 */
@Component
@Transactional
class QuoteMails {

  static final String TEMPLATE = "notification";

  private final MailOutbox outbox;
  private final QuoteService quoteService;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;
  private final String tasklistUrl;

  QuoteMails(MailOutbox outbox, QuoteService quoteService, CustomerDirectory customers,
      PeopleDirectory people, @Value("${gendan.base-url:http://localhost:8080}") String baseUrl) {
    this.outbox = outbox;
    this.quoteService = quoteService;
    this.customers = customers;
    this.people = people;
    this.tasklistUrl = baseUrl + "/camunda/app/tasklist/";
  }

  /** Tells the sales managers that an inquiry arrived (the responsible leader, SPEC D2). */
  void inquiryReceived(long quoteId) {
    Quote quote = quoteService.load(quoteId);
    CustomerView customer = customer(quote);
    send("quote:" + quoteId + ":inquiry", people.emailsOfGroup(Role.SALES_MANAGER.groupId()),
        "新询价：" + customer.chineseName() + "（" + quote.quoteNumber() + "）",
        List.of("客户 " + customer.chineseName() + " 发来询价，共 "
            + quote.current().lines().size() + " 项产品，币种 " + quote.currency() + "。",
            "业助 " + people.displayName(customer.assistantUserId()) + " 正在编制报价，编制完成后将提交签核。"),
        null);
  }

  void signingReminder(long quoteId, String taskId, List<String> recipients) {
    Quote quote = quoteService.load(quoteId);
    send("quote:" + quoteId + ":signing-reminder:" + taskId, recipients,
        "提醒：报价 " + quote.quoteNumber() + " 等待您签核",
        List.of("报价 " + quote.quoteNumber() + "（客户：" + customer(quote).chineseName()
            + "，第 " + quote.current().revisionNo() + " 版）已等待签核超过规定时间。",
            "报价在全部签核完成前不能发给客户，请尽快处理。"),
        null);
  }

  void signerRejected(long quoteId, String reason) {
    Quote quote = quoteService.load(quoteId);
    CustomerView customer = customer(quote);
    send("quote:" + quoteId + ":rev:" + quote.current().revisionNo() + ":rejected",
        emailOf(customer.assistantUserId()),
        "报价 " + quote.quoteNumber() + " 签核被驳回",
        List.of("报价 " + quote.quoteNumber() + "（客户：" + customer.chineseName() + "）在签核中被驳回。",
            "意见：" + (reason == null ? "无" : reason)),
        null);
  }

  /** The signed quote to the customer's primary contact, the PDF attached. */
  void quoteToCustomer(long quoteId, byte[] pdf) {
    Quote quote = quoteService.load(quoteId);
    QuoteRevision revision = quote.current();
    CustomerView customer = customer(quote);
    CustomerContact contact = customer.primaryContact()
        .filter(c -> c.email() != null && !c.email().isBlank())
        .orElseThrow(() -> new IllegalStateException("customer " + customer.code()
            + " has no primary contact with an email address"));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", "报价单 " + quote.quoteNumber() + "（第 " + revision.revisionNo() + " 版）");
    model.put("greeting", contact.name() + " 您好：");
    model.put("paragraphs", List.of(
        "感谢贵司询价。随函附上已签核的报价单 " + quote.quoteNumber() + "，报价总额 "
            + quote.currency() + " " + revision.totalAmount().toPlainString() + "。",
        "本报价有效期至 " + revision.validUntil() + "。如有疑问，请与我司业务助理 "
            + people.displayName(customer.assistantUserId()) + " 联系。"));
    OutboxMessage message = OutboxMessage.of(
        "quote:" + quoteId + ":rev:" + revision.revisionNo() + ":sent",
        List.of(contact.email()), TEMPLATE, model)
        .withAttachment(new MailAttachment(quote.quoteNumber() + "-" + revision.revisionNo()
            + ".pdf", "application/pdf", pdf));
    outbox.enqueue(message);
  }

  void responseReminder(long quoteId, String taskId) {
    Quote quote = quoteService.load(quoteId);
    CustomerView customer = customer(quote);
    send("quote:" + quoteId + ":response-reminder:" + taskId,
        emailOf(customer.assistantUserId()),
        "提醒：请跟进客户对报价 " + quote.quoteNumber() + " 的回复",
        List.of("报价 " + quote.quoteNumber() + " 已发给 " + customer.chineseName()
            + "，至今未登记客户回复。", "报价有效期至 " + quote.current().validUntil() + "。"),
        tasklistUrl);
  }

  void customerDeclined(long quoteId, String reason) {
    Quote quote = quoteService.load(quoteId);
    CustomerView customer = customer(quote);
    send("quote:" + quoteId + ":rev:" + quote.current().revisionNo() + ":declined",
        emailOf(customer.salesRepUserId()),
        "客户拒绝报价 " + quote.quoteNumber(),
        List.of(customer.chineseName() + " 拒绝了报价 " + quote.quoteNumber() + "。",
            "原因：" + (reason == null ? "未说明" : reason)),
        null);
  }

  private void send(String eventKey, List<String> to, String title, List<String> paragraphs,
      String link) {
    if (to.isEmpty()) {
      throw new IllegalStateException("no mail address for " + eventKey);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("paragraphs", new ArrayList<>(paragraphs));
    model.put("link", link == null ? tasklistUrl : link);
    outbox.enqueue(OutboxMessage.of(eventKey, to, TEMPLATE, model));
  }

  private List<String> emailOf(String userId) {
    return people.email(userId).map(List::of).orElse(List.of());
  }

  private CustomerView customer(Quote quote) {
    return customers.findById(quote.customerId()).orElseThrow();
  }
}
