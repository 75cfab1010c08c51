package com.gendan.conduct;

import static com.gendan.conduct.ConductReviewProcess.Variables.ASSISTANT;
import static com.gendan.conduct.ConductReviewProcess.Variables.CATEGORY;
import static com.gendan.conduct.ConductReviewProcess.Variables.CONDUCT_KIND;
import static com.gendan.conduct.ConductReviewProcess.Variables.FACTS;
import static com.gendan.conduct.ConductReviewProcess.Variables.FINE_AMOUNT;
import static com.gendan.conduct.ConductReviewProcess.Variables.GM_NOTE;
import static com.gendan.conduct.ConductReviewProcess.Variables.OCCURRED_ON;
import static com.gendan.conduct.ConductReviewProcess.Variables.PROPOSED_DECISION;
import static com.gendan.conduct.ConductReviewProcess.Variables.REVIEW_NOTE;

import com.gendan.conduct.ConductReviewProcess.GmDecision;
import com.gendan.conduct.ConductReviewProcess.ReviewFinding;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.PlainText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conduct cases (SPEC D14): registers a report, keeps the review and the general manager's
 * answer, closes or records the case and mails the people concerned. Every problem names the
 * process variable (the form's field), so Tasklist shows the form's label.
 */
@Service
@Transactional
public class ConductCases {

  /** A case's number, {@code JC-2026-00001}, as {@link #report} draws it. */
  public static final Pattern NUMBER = Pattern.compile("JC-[0-9]{4}-[0-9]{5,9}");

  static final int MAX_TEXT = 2000;
  static final int MAX_USER_ID = 64;

  /** How far back a report may go. */
  static final int YEARS_BACK = 3;

  private final ConductCaseRepository cases;
  private final PeopleDirectory people;
  private final ConductMails mails;
  private final ConductProperties properties;
  private final Clock clock;

  ConductCases(
      ConductCaseRepository cases,
      PeopleDirectory people,
      ConductMails mails,
      ConductProperties properties,
      Clock clock) {
    this.cases = cases;
    this.people = people;
    this.mails = mails;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Registers a report, to be reviewed by the assistant's own sales manager.
   *
   * @throws InvalidRequestException naming every field that is wrong; nothing is registered then
   */
  public ConductCase report(ConductReport report, String reporter) {
    InvalidRequestException.throwIfAny(problemsOf(report));
    String number = "JC-" + Year.now(clock) + "-" + String.format("%05d", cases.nextNumber());
    String reviewer = people.salesManagerOf(report.assistant()).orElse(null);
    return cases.save(new ConductCase(number, report, reviewer, reporter, Instant.now(clock)));
  }

  List<FieldProblem> problemsOf(ConductReport report) {
    List<FieldProblem> problems = new ArrayList<>();
    String assistant = report.assistant();
    if (assistant == null || assistant.isBlank()) {
      problems.add(new FieldProblem(ASSISTANT.name(), "请填写业助的用户名"));
    } else if (assistant.length() > MAX_USER_ID || PlainText.hasControlCharacters(assistant)) {
      problems.add(new FieldProblem(ASSISTANT.name(), "应为业助的用户名，如 liuyang"));
    } else if (!people.hasRole(assistant, Role.SALES_ASSISTANT)) {
      problems.add(new FieldProblem(ASSISTANT.name(), "“" + assistant + "”不是业助的用户名"));
    }
    if (report.kind() == null) {
      problems.add(new FieldProblem(CONDUCT_KIND.name(), "请选择嘉奖或违规"));
    }
    if (report.category() == null) {
      problems.add(new FieldProblem(CATEGORY.name(), "请选择情形"));
    } else if (report.kind() != null && report.category().kind() != report.kind()) {
      problems.add(
          new FieldProblem(
              CATEGORY.name(),
              "“" + report.category().label() + "”不是" + report.kind().label() + "的情形"));
    }
    text(FACTS.name(), report.facts(), true, "请写明事实经过", problems);
    LocalDate occurred = report.occurredOn();
    LocalDate today = LocalDate.now(clock);
    if (occurred == null) {
      problems.add(new FieldProblem(OCCURRED_ON.name(), "请填写发生日期"));
    } else if (occurred.isAfter(today) || occurred.isBefore(today.minusYears(YEARS_BACK))) {
      problems.add(
          new FieldProblem(
              OCCURRED_ON.name(),
              "发生日期应在 " + today.minusYears(YEARS_BACK) + " 与 " + today + " 之间"));
    }
    return problems;
  }

  /** Links the case to its process instance; again to the same one is fine. */
  public void linkProcess(long caseId, String instanceId) {
    load(caseId).linkProcess(instanceId);
  }

  /**
   * The sales manager's finding: confirmed with the decision proposed (a fine with its amount), or
   * not confirmed with a note saying why.
   */
  public void review(
      long caseId,
      ReviewFinding finding,
      String note,
      ConductDecision decision,
      BigDecimal fine,
      String actor) {
    ConductCase conductCase = load(caseId);
    List<FieldProblem> problems = new ArrayList<>();
    text(
        REVIEW_NOTE.name(), note, finding == ReviewFinding.NOT_CONFIRMED, "查无实据时请写明审查情况", problems);
    if (finding == ReviewFinding.CONFIRMED) {
      if (decision == null) {
        problems.add(new FieldProblem(PROPOSED_DECISION.name(), "认定属实时请选择拟处理决定"));
      } else if (decision.kind() != conductCase.kind()) {
        problems.add(
            new FieldProblem(
                PROPOSED_DECISION.name(),
                conductCase.kind().label() + "不能处以“" + decision.label() + "”"));
      } else if (decision == ConductDecision.FINE) {
        fineProblem(fine).ifPresent(problems::add);
      }
    }
    InvalidRequestException.throwIfAny(problems);
    conductCase.review(finding, blankToNull(note), decision, fine, actor, Instant.now(clock));
  }

  private Optional<FieldProblem> fineProblem(BigDecimal fine) {
    BigDecimal max = properties.maxFine();
    if (fine == null) {
      return Optional.of(new FieldProblem(FINE_AMOUNT.name(), "罚款时请填写金额（元）"));
    }
    if (fine.signum() <= 0 || fine.compareTo(max) > 0 || fine.stripTrailingZeros().scale() > 2) {
      return Optional.of(
          new FieldProblem(
              FINE_AMOUNT.name(), "罚款金额应大于 0、不超过 " + max.toPlainString() + " 元，最多两位小数"));
    }
    return Optional.empty();
  }

  /** The general manager's answer to the proposed decision; a rejection says why. */
  public void decide(long caseId, GmDecision decision, String note, String actor) {
    ConductCase conductCase = load(caseId);
    List<FieldProblem> problems = new ArrayList<>();
    text(GM_NOTE.name(), note, decision == GmDecision.REJECT, "不核准时请写明原因", problems);
    InvalidRequestException.throwIfAny(problems);
    conductCase.decide(decision, blankToNull(note), actor, Instant.now(clock));
  }

  /** Not confirmed or not approved: the reporter is told. */
  public void close(long caseId) {
    mails.closed(load(caseId));
  }

  /** Approved: on the assistant's file; the reporter, the assistant and her manager are told. */
  public void record(long caseId, String actor) {
    ConductCase conductCase = load(caseId);
    conductCase.record(actor, Instant.now(clock));
    mails.recorded(conductCase);
  }

  @Transactional(readOnly = true)
  public ConductCase load(long caseId) {
    return cases
        .findById(caseId)
        .orElseThrow(() -> new IllegalStateException("no conduct case " + caseId));
  }

  @Transactional(readOnly = true)
  Optional<ConductCase> find(long id) {
    return cases.findById(id);
  }

  @Transactional(readOnly = true)
  Optional<ConductCase> findByNumber(String number) {
    return cases.findByCaseNumber(number);
  }

  @Transactional(readOnly = true)
  List<ConductCase> ofAssistant(String assistant) {
    return cases.findByAssistantUserIdOrderByIdDesc(assistant);
  }

  /** Who, what and when, for the forms. */
  String summary(ConductCase c) {
    return people.displayName(c.assistantUserId())
        + "（"
        + c.assistantUserId()
        + "）"
        + c.kind().label()
        + "："
        + c.category().label()
        + "\n发生日期："
        + c.occurredOn()
        + "\n事实经过："
        + c.facts()
        + "\n报告人："
        + people.displayName(c.reportedBy());
  }

  /** The finding and the proposed decision, for the general manager. */
  String reviewSummary(ConductCase c) {
    StringBuilder text =
        new StringBuilder("审查人：")
            .append(people.displayName(c.reviewedBy()))
            .append("，认定属实\n拟处理决定：")
            .append(c.proposedDecision() == null ? "—" : c.proposedDecision().label());
    if (c.fineAmount() != null) {
      text.append(" ").append(c.fineAmount().toPlainString()).append(" 元");
    }
    if (c.reviewNote() != null) {
      text.append("\n审查意见：").append(c.reviewNote());
    }
    return text.toString();
  }

  private static void text(
      String field, String value, boolean required, String missing, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, missing));
      }
    } else if (value.length() > MAX_TEXT) {
      problems.add(new FieldProblem(field, "不能超过 " + MAX_TEXT + " 个字"));
    } else if (PlainText.hasControlCharacters(value)) {
      problems.add(new FieldProblem(field, PlainText.CONTROL_CHARACTERS));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
