package com.gendan.statement;

import com.gendan.customer.CustomerContact;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.Notifications;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every mail of the statement process, through the outbox, one per event key. */
@Component
@Transactional
class StatementMails {

  private final Notifications notifications;
  private final StatementService statementService;
  private final StatementDocuments documents;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;

  StatementMails(
      Notifications notifications,
      StatementService statementService,
      StatementDocuments documents,
      CustomerDirectory customers,
      PeopleDirectory people) {
    this.notifications = notifications;
    this.statementService = statementService;
    this.documents = documents;
    this.customers = customers;
    this.people = people;
  }

  /**
   * The current revision to the customer's contact, PDF and Excel attached, the assistant in copy;
   * once per revision.
   */
  void statement(long statementId) {
    Statement statement = statementService.load(statementId);
    StatementView view = statementService.view(statement);
    CustomerView customer = customer(statement);
    CustomerContact contact = customer.requireMailContact();
    int revision = view.current().revisionNo();
    notifications.send(
        notifications
            .customerMail(
                "statement:" + statementId + ":revision:" + revision + ":sent",
                List.of(contact.email()),
                (revision == 1 ? "对帐单 " : "对帐单（更正后第" + revision + "版）")
                    + statement.statementNumber()
                    + "（"
                    + statement.periodFrom()
                    + " 至 "
                    + statement.periodTo()
                    + "）",
                contact.name() + " 您好：",
                List.of(
                    "附上贵司 "
                        + statement.periodFrom()
                        + " 至 "
                        + statement.periodTo()
                        + " 的对帐单（PDF 与 Excel），本期金额 "
                        + StatementFormVariables.money(
                            statement.currency(), view.current().periodAmount())
                        + "，上期余额 "
                        + StatementFormVariables.money(
                            statement.currency(), view.current().previousBalance())
                        + "。",
                    "请核对后回复确认；如有异议，请注明对帐单的行号与原因。",
                    "我司业务助理：" + people.displayName(customer.assistantUserId())))
            .withCc(people.emailOf(customer.assistantUserId()))
            .withAttachment(documents.pdfAttachment(view))
            .withAttachment(documents.excelAttachment(view)));
  }

  /** The customer is reminded of a statement not yet answered, once per firing. */
  void answerReminder(long statementId, String firing) {
    Statement statement = statementService.load(statementId);
    CustomerView customer = customer(statement);
    CustomerContact contact = customer.requireMailContact();
    notifications.send(
        notifications
            .customerMail(
                "statement:" + statementId + ":answer-reminder:" + firing,
                List.of(contact.email()),
                "提醒：请确认对帐单 " + statement.statementNumber(),
                contact.name() + " 您好：",
                List.of(
                    "我司于 "
                        + statement.current().toView(statement.currency()).issuedOn()
                        + " 寄出的对帐单 "
                        + statement.statementNumber()
                        + " 尚未收到贵司的确认。",
                    "请核对后回复确认，或告知有异议的行号与原因。"))
            .withCc(people.emailOf(customer.assistantUserId())));
  }

  /** The customer confirmed: finance is told to issue the invoice. */
  void confirmed(long statementId) {
    Statement statement = statementService.load(statementId);
    notifications.toStaff(
        "statement:" + statementId + ":confirmed",
        people.emailsOfGroup(Role.FINANCE.groupId()),
        "对帐单已确认，请开票：" + statement.statementNumber(),
        List.of(
            customer(statement).chineseName()
                + " 已确认对帐单 "
                + statement.statementNumber()
                + "，金额 "
                + StatementFormVariables.money(
                    statement.currency(), statement.current().periodAmount())
                + "。",
            "请在跟单系统的“开具发票”任务中登记发票号码、开票日期与金额。"));
  }

  /**
   * Corrections above the limit: the sales managers are asked to approve them, once per settlement
   * (the settling task's id).
   */
  void correctionsToApprove(long statementId, String settlementTaskId) {
    Statement statement = statementService.load(statementId);
    notifications.toStaff(
        "statement:" + statementId + ":corrections:" + settlementTaskId,
        people.emailsOfGroup(Role.SALES_MANAGER.groupId()),
        "请审批对帐更正：" + statement.statementNumber(),
        List.of(
            customer(statement).chineseName()
                + " 对对帐单 "
                + statement.statementNumber()
                + " 有异议，业助的更正合计超过审批限额。",
            "请在跟单系统的“审批对帐更正”任务中同意或退回。"));
  }

  private CustomerView customer(Statement statement) {
    return customers.findById(statement.customerId()).orElseThrow();
  }
}
