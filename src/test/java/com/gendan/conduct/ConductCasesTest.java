package com.gendan.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.conduct.ConductReviewProcess.GmDecision;
import com.gendan.conduct.ConductReviewProcess.ReviewFinding;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conduct cases' rules without the engine: what a report, a review and an approval must be,
 * each problem naming its field, and nothing saved or changed while there is one.
 */
class ConductCasesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final ConductCaseRepository repository = mock(ConductCaseRepository.class);
  private final PeopleDirectory people = mock(PeopleDirectory.class);
  private final ConductMails mails = mock(ConductMails.class);
  private final ConductCases cases =
      new ConductCases(
          repository,
          people,
          mails,
          new ConductProperties(Period.ofDays(5), Period.ofDays(3), new BigDecimal("5000")),
          Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

  @BeforeEach
  void liuyangIsAnAssistantOfSunli() {
    when(people.hasRole("liuyang", Role.SALES_ASSISTANT)).thenReturn(true);
    when(people.salesManagerOf("liuyang")).thenReturn(Optional.of("sunli"));
    when(repository.nextNumber()).thenReturn(7L);
    when(repository.save(any())).thenAnswer(call -> call.getArgument(0));
  }

  private static ConductReport violation(String facts, LocalDate on) {
    return new ConductReport(
        "liuyang", ConductKind.VIOLATION, ConductCategory.CONFIDENTIALITY_BREACH, facts, on);
  }

  @Test
  void aReportIsNumberedAndGoesToTheAssistantsOwnManager() {
    ConductCase registered = cases.report(violation("  把客户报价转发给同行  ", TODAY), "zhougang");
    assertThat(registered.caseNumber()).isEqualTo("JC-2026-00007");
    assertThat(registered.reviewerUserId()).isEqualTo("sunli");
    assertThat(registered.facts()).isEqualTo("把客户报价转发给同行");
    assertThat(registered.status()).isEqualTo(ConductStatus.REPORTED);
    assertThat(registered.createdBy()).isEqualTo("zhougang");
  }

  @Test
  void aReportNamesEveryWrongFieldAndSavesNothing() {
    ConductReport wrong =
        new ConductReport(
            "wangqiang",
            ConductKind.COMMENDATION,
            ConductCategory.PROPERTY_NEGLECT,
            "x".repeat(2001),
            TODAY.plusDays(1));
    assertThatThrownBy(() -> cases.report(wrong, "sunli"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem("assistant", "“wangqiang”不是业助的用户名"),
                        new FieldProblem("category", "“不爱护公司财产”不是嘉奖的情形"),
                        new FieldProblem("facts", "不能超过 2000 个字"),
                        new FieldProblem("occurredOn", "发生日期应在 2023-03-02 与 2026-03-02 之间")));
    verify(repository, never()).save(any());
  }

  @Test
  void textWithControlCharactersOrAnOddUserIdIsRefused() {
    assertThat(cases.problemsOf(violation("泄露\u0007资料", TODAY)))
        .containsExactly(new FieldProblem("facts", "不能包含控制字符"));
    assertThat(
            cases.problemsOf(
                new ConductReport(
                    "x".repeat(65),
                    ConductKind.VIOLATION,
                    ConductCategory.OTHER_VIOLATION,
                    "…",
                    TODAY.minusYears(3))))
        .containsExactly(new FieldProblem("assistant", "应为业助的用户名，如 liuyang"));
  }

  @Test
  void aConfirmedCaseNeedsADecisionOfItsKindAndAFineWithinTheBound() {
    ConductCase reported = cases.report(violation("转发报价", TODAY), "zhougang");
    when(repository.findById(1L)).thenReturn(Optional.of(reported));
    assertThatThrownBy(
            () ->
                cases.review(
                    1L, ReviewFinding.CONFIRMED, null, ConductDecision.COMMENDATION, null, "sunli"))
        .hasMessageContaining("违规不能处以“嘉奖”");
    for (String fine : new String[] {"0", "5000.01", "12.345"}) {
      assertThatThrownBy(
              () ->
                  cases.review(
                      1L,
                      ReviewFinding.CONFIRMED,
                      null,
                      ConductDecision.FINE,
                      new BigDecimal(fine),
                      "sunli"))
          .as(fine)
          .hasMessageContaining("罚款金额应大于 0、不超过 5000 元");
    }
    assertThat(reported.status()).isEqualTo(ConductStatus.REPORTED);

    cases.review(
        1L, ReviewFinding.CONFIRMED, " 属实 ", ConductDecision.FINE, new BigDecimal("5000"), "sunli");
    assertThat(reported.status()).isEqualTo(ConductStatus.AWAITING_APPROVAL);
    assertThat(reported.fineAmount()).isEqualByComparingTo("5000");
    assertThat(reported.fineCurrency()).isEqualTo("CNY");
    assertThat(reported.reviewNote()).isEqualTo("属实");

    assertThatThrownBy(() -> cases.decide(1L, GmDecision.REJECT, " ", "zhougang"))
        .hasMessageContaining("不核准时请写明原因");
    cases.decide(1L, GmDecision.APPROVE, null, "zhougang");
    cases.record(1L, "system");
    cases.record(1L, "system");
    assertThat(reported.status()).isEqualTo(ConductStatus.RECORDED);
  }

  @Test
  void aCaseNotConfirmedKeepsNoDecision() {
    ConductCase reported = cases.report(violation("转发报价", TODAY), "zhougang");
    when(repository.findById(1L)).thenReturn(Optional.of(reported));
    assertThatThrownBy(
            () -> cases.review(1L, ReviewFinding.NOT_CONFIRMED, null, null, null, "sunli"))
        .hasMessageContaining("查无实据时请写明审查情况");
    cases.review(
        1L, ReviewFinding.NOT_CONFIRMED, "报价为公开信息", ConductDecision.DISMISSAL, null, "sunli");
    assertThat(reported.status()).isEqualTo(ConductStatus.NOT_CONFIRMED);
    assertThat(reported.proposedDecision()).isNull();
    assertThatThrownBy(() -> cases.decide(1L, GmDecision.APPROVE, null, "zhougang"))
        .isInstanceOf(IllegalStateException.class);
  }
}
