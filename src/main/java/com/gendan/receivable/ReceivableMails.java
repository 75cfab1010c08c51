package com.gendan.receivable;

import com.gendan.document.Spreadsheet;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.MailAttachment;
import com.gendan.mail.Notifications;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every mail of the receivables, through the outbox, one per event key. */
@Component
@Transactional
class ReceivableMails {

  private final Notifications notifications;
  private final ReceivableReports reports;
  private final PeopleDirectory people;

  ReceivableMails(Notifications notifications, ReceivableReports reports, PeopleDirectory people) {
    this.notifications = notifications;
    this.reports = reports;
    this.people = people;
  }

  /**
   * The weekly aging report to finance and the general manager, the workbook attached; once per day
   * it is counted to, however often the job runs.
   */
  void weeklyReport() {
    AgingReport report = reports.aging();
    List<String> to =
        Stream.of(Role.FINANCE, Role.GENERAL_MANAGER)
            .flatMap(role -> people.emailsOfGroup(role.groupId()).stream())
            .distinct()
            .toList();
    List<String> paragraphs = new ArrayList<>();
    if (report.rows().isEmpty()) {
      paragraphs.add("截至 " + report.asOf() + " 没有未收的应收账款。");
    } else {
      paragraphs.add("截至 " + report.asOf() + " 的应收账款账龄如下（明细见附件 Excel）：");
      report.totals().forEach(total -> paragraphs.add(line("合计", total)));
      report.rows().stream()
          .filter(row -> row.total().compareTo(row.current()) != 0)
          .forEach(row -> paragraphs.add(line(row.customerCode() + " " + row.customerName(), row)));
    }
    List<AgingReport.Change> changed =
        report.changes().stream()
            .filter(c -> c.totalChange().signum() != 0 || c.overdueChange().signum() != 0)
            .toList();
    if (!changed.isEmpty()) {
      paragraphs.add("较上周（" + report.comparedWith() + "）变化：");
      changed.forEach(c -> paragraphs.add(change(c)));
    }
    if (!report.overdueItems().isEmpty()) {
      paragraphs.add("逾期明细及最近催收记录：");
      report.overdueItems().forEach(item -> paragraphs.add(overdue(item)));
    }
    notifications.send(
        notifications
            .staffMail(
                "receivables:weekly-report:" + report.asOf(),
                to,
                "应收账款周报（截至 " + report.asOf() + "）",
                paragraphs)
            .withAttachment(
                new MailAttachment(
                    ReceivableReports.fileName(report) + ".xlsx",
                    Spreadsheet.XLSX.toString(),
                    reports.workbook(report))));
  }

  private static String change(AgingReport.Change c) {
    return c.customerCode()
        + " "
        + c.customerName()
        + "（"
        + c.currency()
        + "）：未收合计 "
        + money(c.total())
        + "（上周 "
        + money(c.totalLastWeek())
        + "，变化 "
        + signed(c.totalChange())
        + "）；逾期合计 "
        + money(c.overdue())
        + "（上周 "
        + money(c.overdueLastWeek())
        + "，变化 "
        + signed(c.overdueChange())
        + "）";
  }

  private static String overdue(AgingReport.OverdueItem item) {
    return "发票 "
        + item.invoiceNumber()
        + "，"
        + item.customerCode()
        + " "
        + item.customerName()
        + "，未收 "
        + item.currency()
        + " "
        + money(item.outstanding())
        + "，到期日 "
        + item.dueOn()
        + "，逾期 "
        + item.daysOverdue()
        + " 天；最近催收："
        + (item.lastChaseOn() == null
            ? "无"
            : item.lastChaseOn() + " " + item.lastChaseBy() + "：" + item.lastChaseNote());
  }

  private static String signed(BigDecimal amount) {
    return (amount.signum() > 0 ? "+" : "") + money(amount);
  }

  private static String line(String who, AgingReport.Row row) {
    return who
        + "（"
        + row.currency()
        + "）：未收合计 "
        + money(row.total())
        + "；未到期 "
        + money(row.current())
        + "，逾期1-30天 "
        + money(row.overdue1To30())
        + "，逾期31-60天 "
        + money(row.overdue31To60())
        + "，逾期61-90天 "
        + money(row.overdue61To90())
        + "，逾期90天以上 "
        + money(row.overdueOver90());
  }

  /** An amount as finance writes it: two decimals, 777.70. */
  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
