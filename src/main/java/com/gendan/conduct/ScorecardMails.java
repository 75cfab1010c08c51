package com.gendan.conduct;

import com.gendan.document.Spreadsheet;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.MailAttachment;
import com.gendan.mail.Notifications;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly scorecard mail: each assistant's scorecard of the month that ended, to her and her
 * own sales manager (every sales manager's address when she has none), her workbook attached; once
 * per assistant and month, however often the job runs.
 */
@Component
@Transactional
class ScorecardMails {

  private static final String SALES_MANAGERS = Role.SALES_MANAGER.groupId();

  private final Scorecards scorecards;
  private final Notifications notifications;
  private final PeopleDirectory people;
  private final Clock clock;

  ScorecardMails(
      Scorecards scorecards, Notifications notifications, PeopleDirectory people, Clock clock) {
    this.scorecards = scorecards;
    this.notifications = notifications;
    this.people = people;
    this.clock = clock;
  }

  /** Last month's scorecards, one mail per assistant. */
  void lastMonth() {
    YearMonth month = YearMonth.now(clock).minusMonths(1);
    for (Scorecard card : scorecards.of(month)) {
      Set<String> to = new LinkedHashSet<>(people.emailOf(card.assistant()));
      people
          .salesManagerOf(card.assistant())
          .ifPresentOrElse(
              manager -> to.addAll(people.emailOf(manager)),
              () -> to.addAll(people.emailsOfGroup(SALES_MANAGERS)));
      if (to.isEmpty()) {
        continue;
      }
      notifications.send(
          notifications
              .staffMail(
                  "scorecard:" + month + ":" + card.assistant(),
                  List.copyOf(to),
                  card.assistantName() + " " + month + " 业助考核",
                  paragraphs(card))
              .withAttachment(
                  new MailAttachment(
                      ScorecardWorkbook.fileName(month) + "-" + card.assistantName() + ".xlsx",
                      Spreadsheet.XLSX.toString(),
                      ScorecardWorkbook.workbook(List.of(card), clock.getZone()))));
    }
  }

  private static List<String> paragraphs(Scorecard card) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        card.assistantName()
            + " "
            + card.month()
            + " 的考核（由任务历史与客诉、应收记录计算，可在 Cockpit 历史中核对；明细见附件 Excel）：");
    paragraphs.add(
        "完成任务 "
            + card.tasksCompleted()
            + " 项，按期完成 "
            + card.completedOnTime()
            + " 项，准时率 "
            + orDash(card.onTimeRate(), "%")
            + "，平均处理 "
            + orDash(card.averageHandlingHours(), " 小时")
            + "。");
    paragraphs.add(
        "订单更正 "
            + card.ordersNeedingCorrection()
            + " 单；客诉归因业助服务 "
            + card.complaintsAttributed()
            + " 件；截至 "
            + card.overdueAsOf()
            + " 客户逾期应收："
            + card.overdueSummary()
            + "。");
    card.taskKinds()
        .forEach(
            kind ->
                paragraphs.add(
                    kind.processName()
                        + " · "
                        + kind.taskName()
                        + "：完成 "
                        + kind.completed()
                        + " 项，按期 "
                        + kind.completedOnTime()
                        + " 项，平均处理 "
                        + orDash(kind.averageHandlingHours(), " 小时")));
    return paragraphs;
  }

  private static String orDash(Object value, String unit) {
    return value == null ? "—" : value + unit;
  }
}
