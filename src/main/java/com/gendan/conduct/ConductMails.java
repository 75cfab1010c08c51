package com.gendan.conduct;

import com.gendan.identity.PeopleDirectory;
import com.gendan.mail.Notifications;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The conduct review's mails, one event key per outcome of a case. */
@Component
class ConductMails {

  private final Notifications notifications;
  private final PeopleDirectory people;

  ConductMails(Notifications notifications, PeopleDirectory people) {
    this.notifications = notifications;
    this.people = people;
  }

  /** Not confirmed, or the decision not approved: the reporter is told why. */
  void closed(ConductCase c) {
    List<String> paragraphs = new ArrayList<>(describe(c));
    if (c.status() == ConductStatus.NOT_CONFIRMED) {
      paragraphs.add("审查结果：查无实据，不予处理。审查意见：" + orDash(c.reviewNote()));
    } else {
      paragraphs.add(
          "业务主管拟处理决定“" + c.proposedDecision().label() + "”未获总经理核准。总经理意见：" + orDash(c.gmNote()));
    }
    send(
        "conduct:" + c.caseNumber() + ":closed",
        List.of(c.reportedBy()),
        "从业行为报告 " + c.caseNumber() + " 结案：" + c.status().label(),
        paragraphs);
  }

  /** Recorded on the assistant's file: the reporter, the assistant and her manager are told. */
  void recorded(ConductCase c) {
    List<String> paragraphs = new ArrayList<>(describe(c));
    paragraphs.add("经审查认定属实，总经理核准：" + decision(c) + "，已记录在业助档案。");
    if (c.gmNote() != null) {
      paragraphs.add("总经理意见：" + c.gmNote());
    }
    send(
        "conduct:" + c.caseNumber() + ":recorded",
        Arrays.asList(
            c.reportedBy(),
            c.assistantUserId(),
            c.reviewerUserId() != null ? c.reviewerUserId() : c.reviewedBy()),
        "从业行为记录 "
            + c.caseNumber()
            + "："
            + people.displayName(c.assistantUserId())
            + " "
            + decision(c),
        paragraphs);
  }

  private List<String> describe(ConductCase c) {
    return List.of(
        "业助："
            + people.displayName(c.assistantUserId())
            + "；"
            + c.kind().label()
            + "情形："
            + c.category().label()
            + "；发生日期："
            + c.occurredOn(),
        "事实经过：" + c.facts());
  }

  static String decision(ConductCase c) {
    ConductDecision decision = c.proposedDecision();
    return decision == ConductDecision.FINE
        ? decision.label() + " " + c.fineAmount().toPlainString() + " 元"
        : decision.label();
  }

  /** One mail to each of the users (once each), keyed by the event and the user. */
  private void send(String eventKey, List<String> users, String title, List<String> paragraphs) {
    Set<String> distinct = new LinkedHashSet<>();
    users.stream().filter(Objects::nonNull).forEach(distinct::add);
    for (String user : distinct) {
      List<String> to = people.emailOf(user);
      if (!to.isEmpty()) {
        notifications.toStaff(eventKey + ":" + user, to, title, paragraphs);
      }
    }
  }

  private static String orDash(String text) {
    return text == null ? "—" : text;
  }
}
