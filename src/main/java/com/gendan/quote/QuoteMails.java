package com.gendan.quote;

import com.gendan.customer.CustomerContact;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.MailAttachment;
import com.gendan.mail.Notifications;
import com.gendan.mail.OutboxMessage;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every mail of the quote process, through the outbox. Each has an event key, so a retried job
 * never mails twice.
 */
@Component
@Transactional
class QuoteMails {

  private final Notifications notifications;
  private final QuoteService quoteService;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;

  QuoteMails(
      Notifications notifications,
      QuoteService quoteService,
      CustomerDirectory customers,
      PeopleDirectory people) {
    this.notifications = notifications;
    this.quoteService = quoteService;
    this.customers = customers;
    this.people = people;
  }

  /** Tells the sales managers that an inquiry arrived (the responsible leader, SPEC D2). */
  void inquiryReceived(long quoteId) {
    Quote quote = quoteService.load(quoteId);
    CustomerView customer = customer(quote);
    notifications.toStaff(
        "quote:" + quoteId + ":inquiry",
        people.emailsOfGroup(Role.SALES_MANAGER.groupId()),
        "新询价：" + customer.chineseName() + "（" + quote.quoteNumber() + "）",
        List.of(
            "客户 "
                + customer.chineseName()
                + " 发来询价，共 "
                + quote.current().lines().size()
                + " 项产品，币种 "
                + quote.currency()
                + "。",
            "业助 " + people.displayName(customer.assistantUserId()) + " 正在编制报价，编制完成后将提交签核。"));
  }

  /** One mail per firing of the reminder ({@link com.gendan.process.ReminderFiring}). */
  void signingReminder(long quoteId, String firing, List<String> recipients) {
    Quote quote = quoteService.load(quoteId);
    notifications.toStaff(
        "quote:" + quoteId + ":signing-reminder:" + firing,
        recipients,
        "提醒：报价 " + quote.quoteNumber() + " 等待您签核",
        List.of(
            "报价 "
                + quote.quoteNumber()
                + "（客户："
                + customer(quote).chineseName()
                + "，第 "
                + quote.current().revisionNo()
                + " 版）已等待签核超过规定时间。",
            "报价在全部签核完成前不能发给客户，请尽快处理。"));
  }

  void signerRejected(long quoteId, String reason) {
    Quote quote = quoteService.load(quoteId);
    CustomerView customer = customer(quote);
    notifications.toStaff(
        "quote:" + quoteId + ":rev:" + quote.current().revisionNo() + ":rejected",
        people.emailOf(customer.assistantUserId()),
        "报价 " + quote.quoteNumber() + " 签核被驳回",
        List.of(
            "报价 " + quote.quoteNumber() + "（客户：" + customer.chineseName() + "）在签核中被驳回。",
            "意见：" + (reason == null ? "无" : reason)));
  }

  /** The signed quote to the customer's primary contact, the PDF attached. */
  void quoteToCustomer(long quoteId, byte[] pdf) {
    Quote quote = quoteService.load(quoteId);
    QuoteRevision revision = quote.current();
    CustomerView customer = customer(quote);
    CustomerContact contact = customer.requireMailContact();
    OutboxMessage message =
        notifications
            .customerMail(
                "quote:" + quoteId + ":rev:" + revision.revisionNo() + ":sent",
                List.of(contact.email()),
                "报价单 " + quote.quoteNumber() + "（第 " + revision.revisionNo() + " 版）",
                contact.name() + " 您好：",
                List.of(
                    "感谢贵司询价。随函附上已签核的报价单 "
                        + quote.quoteNumber()
                        + "，报价总额 "
                        + quote.currency()
                        + " "
                        + revision.totalAmount().toPlainString()
                        + "。",
                    "本报价有效期至 "
                        + revision.validUntil()
                        + "。如有疑问，请与我司业务助理 "
                        + people.displayName(customer.assistantUserId())
                        + " 联系。"))
            .withAttachment(
                new MailAttachment(
                    quote.quoteNumber() + "-" + revision.revisionNo() + ".pdf",
                    "application/pdf",
                    pdf));
    notifications.send(message);
  }

  /** One mail per firing of the reminder ({@link com.gendan.process.ReminderFiring}). */
  void responseReminder(long quoteId, String firing) {
    Quote quote = quoteService.load(quoteId);
    CustomerView customer = customer(quote);
    notifications.toStaff(
        "quote:" + quoteId + ":response-reminder:" + firing,
        people.emailOf(customer.assistantUserId()),
        "提醒：请跟进客户对报价 " + quote.quoteNumber() + " 的回复",
        List.of(
            "报价 " + quote.quoteNumber() + " 已发给 " + customer.chineseName() + "，至今未登记客户回复。",
            "报价有效期至 " + quote.current().validUntil() + "。"));
  }

  void customerDeclined(long quoteId, String reason) {
    Quote quote = quoteService.load(quoteId);
    CustomerView customer = customer(quote);
    notifications.toStaff(
        "quote:" + quoteId + ":rev:" + quote.current().revisionNo() + ":declined",
        people.emailOf(customer.salesRepUserId()),
        "客户拒绝报价 " + quote.quoteNumber(),
        List.of(
            customer.chineseName() + " 拒绝了报价 " + quote.quoteNumber() + "。",
            "原因：" + (reason == null ? "未说明" : reason)));
  }

  private CustomerView customer(Quote quote) {
    return customers.findById(quote.customerId()).orElseThrow();
  }
}
