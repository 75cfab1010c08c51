package com.gendan.credit;

import com.gendan.identity.PeopleDirectory;
import com.gendan.mail.Notifications;
import java.util.List;
import org.springframework.stereotype.Component;

/** The credit requests' mails to their requester, one event key per outcome. */
@Component
class CreditMails {

  private final Notifications notifications;
  private final PeopleDirectory people;

  CreditMails(Notifications notifications, PeopleDirectory people) {
    this.notifications = notifications;
    this.people = people;
  }

  void releaseApproved(CreditHoldReleaseView r) {
    send(
        "credit-hold-release:" + r.releaseNumber() + ":approved",
        r.requestedBy(),
        "货款异常特放 " + r.releaseNumber() + " 已批准：订单 " + r.orderNumber() + " 可放行至 " + r.validUntil(),
        List.of(
            describe(r),
            "财务 "
                + people.displayName(r.financeBy())
                + "、总经理 "
                + people.displayName(r.gmBy())
                + " 已同意。订单重新审查时不再因客户信用停下，有效期至 "
                + r.validUntil()
                + "；过期后信用冻结重新适用。",
            "订单若仍在“信用冻结处理”，请财务选择“已处理，重新审查”。"));
  }

  void releaseRefused(CreditHoldReleaseView r) {
    boolean byGm = r.gmBy() != null;
    send(
        "credit-hold-release:" + r.releaseNumber() + ":refused",
        r.requestedBy(),
        "货款异常特放 " + r.releaseNumber() + " 未批准：订单 " + r.orderNumber(),
        List.of(
            describe(r),
            (byGm
                    ? "总经理 " + people.displayName(r.gmBy())
                    : "财务 " + people.displayName(r.financeBy()))
                + " 不同意，原因："
                + (byGm ? r.gmNote() : r.financeNote()),
            "订单继续按信用冻结处理。"));
  }

  /** Mails the requester of a credit-terms change the outcome. */
  void termsDecided(String eventKey, String requester, String title, List<String> paragraphs) {
    send(eventKey, requester, title, paragraphs);
  }

  private static String describe(CreditHoldReleaseView r) {
    return "订单 "
        + r.orderNumber()
        + "（客户 "
        + r.customerName()
        + "），特放金额 "
        + CreditHoldReleases.money(r.currency(), r.amount())
        + "，有效期至 "
        + r.validUntil()
        + "。原因："
        + r.reason();
  }

  private void send(String eventKey, String user, String title, List<String> paragraphs) {
    List<String> to = people.emailOf(user);
    if (!to.isEmpty()) {
      notifications.toStaff(eventKey + ":" + user, to, title, paragraphs);
    }
  }
}
