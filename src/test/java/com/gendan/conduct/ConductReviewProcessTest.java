package com.gendan.conduct;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.ProcessTestEngine;
import com.gendan.conduct.ConductReviewProcess.Beans;
import com.gendan.conduct.ConductReviewProcess.Elements;
import com.gendan.conduct.ConductReviewProcess.GmDecision;
import com.gendan.conduct.ConductReviewProcess.ReviewFinding;
import com.gendan.conduct.ConductReviewProcess.Variables;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.InvalidTaskInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the conduct review (SPEC D14) on the in-memory engine with the real thin
 * delegates and listeners over a Mockito-mocked {@link ConductCases}: a violation confirmed with a
 * fine that the general manager approves (recorded), a commendation not confirmed, a decision the
 * general manager rejects, an assistant without a manager of her own, a report refused, and a
 * review refused for its input.
 */
@Deployment(
    resources = {
      "processes/conduct-review.bpmn",
      "forms/report-conduct.form",
      "forms/review-conduct-case.form",
      "forms/approve-conduct-decision.form"
    })
@ProcessTestEngine.Covers(model = ConductReviewProcess.KEY, atLeast = 1.0)
class ConductReviewProcessTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
  private static final long CASE_ID = 31L;
  private static final String NUMBER = "JC-2026-00001";
  private static final String MANAGER = "sunli";

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private final ConductCases cases = mock(ConductCases.class);
  private final ConductCase registered = mock(ConductCase.class);

  @BeforeEach
  void registerRealBeans() {
    engine.bean(
        Beans.DEADLINES,
        new ConductReviewDeadlines(
            new ConductProperties(Period.ofDays(5), Period.ofDays(3), new BigDecimal("5000")),
            engine.clock()));
    engine.bean(Beans.REGISTER_CASE, new RegisterConductCase(cases, engine.formLabels()));
    engine.bean(Beans.CASE_REVIEWED, new ConductCaseReviewed(cases, engine.formLabels()));
    engine.bean(Beans.DECISION_DECIDED, new ConductDecisionDecided(cases, engine.formLabels()));
    engine.bean(Beans.CLOSE_CASE, new CloseConductCase(cases));
    engine.bean(Beans.RECORD_CASE, new RecordConductCase(cases));
    when(registered.id()).thenReturn(CASE_ID);
    when(registered.caseNumber()).thenReturn(NUMBER);
    when(registered.reviewerUserId()).thenReturn(MANAGER);
    when(cases.problemsOf(any())).thenReturn(List.of());
    when(cases.report(any(), anyString())).thenReturn(registered);
    when(cases.load(CASE_ID)).thenReturn(registered);
    when(cases.summary(registered)).thenReturn("刘洋（liuyang）违规：…");
    when(cases.reviewSummary(registered)).thenReturn("审查人：孙丽，认定属实\n拟处理决定：罚款 200 元");
  }

  private ProcessInstance report(String kind, String category) {
    return runtimeService()
        .startProcessInstanceByKey(
            ConductReviewProcess.KEY,
            Map.of(
                Variables.ASSISTANT.name(), "liuyang",
                Variables.CONDUCT_KIND.name(), kind,
                Variables.CATEGORY.name(), category,
                Variables.FACTS.name(), "客户投诉回复不及时",
                Variables.OCCURRED_ON.name(), "2026-02-20"));
  }

  private Task task(ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private ProcessInstance confirmedFine() {
    ProcessInstance instance = report("violation", "customerComplaint");
    verify(cases)
        .report(
            new ConductReport(
                "liuyang",
                ConductKind.VIOLATION,
                ConductCategory.CUSTOMER_COMPLAINT,
                "客户投诉回复不及时",
                LocalDate.of(2026, 2, 20)),
            "system");
    verify(cases).linkProcess(CASE_ID, instance.getId());
    assertThat(runtimeService().createProcessInstanceQuery().singleResult().getBusinessKey())
        .isEqualTo(NUMBER);
    Task review = task(instance);
    assertShows(
        review,
        "审查认定奖惩事实",
        Date.from(Instant.parse("2026-03-07T01:30:00Z")),
        "review-conduct-case");
    assertThat(review.getAssignee()).isEqualTo(MANAGER);
    assertThat(taskService().getIdentityLinksForTask(review.getId()))
        .noneMatch(link -> link.getGroupId() != null);
    taskService()
        .complete(
            review.getId(),
            Map.of(
                Variables.REVIEW_FINDING.name(), "confirmed",
                Variables.PROPOSED_DECISION.name(), "fine",
                Variables.FINE_AMOUNT.name(), "200",
                Variables.REVIEW_NOTE.name(), "经核实属实"));
    verify(cases)
        .review(
            CASE_ID,
            ReviewFinding.CONFIRMED,
            "经核实属实",
            ConductDecision.FINE,
            new BigDecimal("200"),
            MANAGER);
    Task approval = task(instance);
    assertShows(
        approval,
        "核准奖惩决定",
        Date.from(Instant.parse("2026-03-05T01:30:00Z")),
        "approve-conduct-decision");
    assertThat(taskService().getIdentityLinksForTask(approval.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("general-manager");
    assertThat(runtimeService().getVariable(instance.getId(), Variables.REVIEW_SUMMARY.name()))
        .isEqualTo("审查人：孙丽，认定属实\n拟处理决定：罚款 200 元");
    return instance;
  }

  @Test
  void aConfirmedViolationWithAFineTheGeneralManagerApprovesIsRecorded() {
    ProcessInstance instance = confirmedFine();
    taskService().complete(task(instance).getId(), Map.of(Variables.GM_DECISION.name(), "approve"));
    verify(cases).decide(CASE_ID, GmDecision.APPROVE, null, "system");
    verify(cases, never()).record(anyLong(), anyString());
    execute(job(instance, Elements.RECORD_CASE));
    verify(cases).record(CASE_ID, "system");
    verify(cases, never()).close(anyLong());
    assertThat(instance).isEnded().hasPassed(Elements.END_RECORDED);
  }

  @Test
  void aDecisionTheGeneralManagerRejectsClosesTheCase() {
    ProcessInstance instance = confirmedFine();
    taskService()
        .complete(
            task(instance).getId(),
            Map.of(Variables.GM_DECISION.name(), "reject", Variables.GM_NOTE.name(), "罚款过重"));
    verify(cases).decide(CASE_ID, GmDecision.REJECT, "罚款过重", "system");
    execute(job(instance, Elements.CLOSE_CASE));
    verify(cases).close(CASE_ID);
    verify(cases, never()).record(anyLong(), anyString());
    assertThat(instance).isEnded().hasPassed(Elements.END_CLOSED);
  }

  @Test
  void aCommendationNotConfirmedClosesTheCaseWithoutTheGeneralManager() {
    ProcessInstance instance = report("commendation", "fullAttendance");
    taskService()
        .complete(
            task(instance).getId(),
            Map.of(
                Variables.REVIEW_FINDING.name(), "notConfirmed",
                Variables.PROPOSED_DECISION.name(), "commend",
                Variables.REVIEW_NOTE.name(), "考勤记录有两次缺勤"));
    // a decision left on the form counts for nothing when the facts are not confirmed
    verify(cases).review(CASE_ID, ReviewFinding.NOT_CONFIRMED, "考勤记录有两次缺勤", null, null, MANAGER);
    execute(job(instance, Elements.CLOSE_CASE));
    verify(cases).close(CASE_ID);
    assertThat(instance)
        .isEnded()
        .hasPassed(Elements.END_CLOSED)
        .hasNotPassed(Elements.APPROVE_DECISION);
  }

  @Test
  void anAssistantWithoutAManagerOfHerOwnIsReviewedByAnySalesManager() {
    when(registered.reviewerUserId()).thenReturn(null);
    ProcessInstance instance = report("commendation", "otherMerit");
    Task review = task(instance);
    assertThat(review.getAssignee()).isNull();
    assertThat(taskService().getIdentityLinksForTask(review.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("sales-manager");
  }

  @Test
  void aReportWithProblemsIsRefusedByTheFormsLabelsAndStartsNothing() {
    when(cases.problemsOf(any()))
        .thenReturn(
            List.of(
                new FieldProblem(Variables.ASSISTANT.name(), "“wangqiang”不是业助的用户名"),
                new FieldProblem(Variables.CATEGORY.name(), "“全年全勤”不是违规的情形")));
    assertThatThrownBy(
            () ->
                runtimeService()
                    .startProcessInstanceByKey(
                        ConductReviewProcess.KEY,
                        Map.of(
                            Variables.ASSISTANT.name(), "wangqiang",
                            Variables.CONDUCT_KIND.name(), "violation",
                            Variables.CATEGORY.name(), "fullAttendance",
                            Variables.FACTS.name(), "…",
                            Variables.OCCURRED_ON.name(), "去年")))
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("业助用户名：“wangqiang”不是业助的用户名")
        .hasMessageContaining("情形：")
        .hasMessageContaining("发生日期：");
    verify(cases, never()).report(any(), any());
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aReviewTheServiceRefusesStaysOpenNamingTheFormsField() {
    ProcessInstance instance = report("violation", "propertyNeglect");
    doThrow(InvalidRequestException.of(Variables.FINE_AMOUNT.name(), "罚款时请填写金额（元）"))
        .when(cases)
        .review(
            eq(CASE_ID),
            eq(ReviewFinding.CONFIRMED),
            any(),
            eq(ConductDecision.FINE),
            isNull(),
            any());
    Task review = task(instance);
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        review.getId(),
                        Map.of(
                            Variables.REVIEW_FINDING.name(), "confirmed",
                            Variables.PROPOSED_DECISION.name(), "fine")))
        .hasMessageContaining("罚款金额（元）：罚款时请填写金额（元）");
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo(Elements.REVIEW_CASE);
  }
}
