package com.gendan.credit;

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
import com.gendan.credit.CreditHoldReleaseProcess.Beans;
import com.gendan.credit.CreditHoldReleaseProcess.Elements;
import com.gendan.credit.CreditHoldReleaseProcess.Variables;
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
 * Walks every path of the credit-hold release (SPEC D11) on the in-memory engine with the real thin
 * delegates and listeners over a Mockito-mocked {@link CreditHoldReleases}: approved by finance and
 * the general manager, refused by finance, refused by the general manager, a request made through
 * the API (registered already), a start form refused for its input, and a refusal without a reason
 * kept open.
 */
@Deployment(
    resources = {
      "processes/credit-hold-release.bpmn",
      "forms/request-credit-hold-release.form",
      "forms/finance-approve-credit-hold-release.form",
      "forms/gm-approve-credit-hold-release.form"
    })
@ProcessTestEngine.Covers(model = CreditHoldReleaseProcess.KEY, atLeast = 1.0)
class CreditHoldReleaseProcessTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
  private static final long RELEASE_ID = 41L;
  private static final String NUMBER = "TF-2026-00001";
  private static final String SUMMARY = "订单 XS-2026-00003，客户 …";

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private final CreditHoldReleases releases = mock(CreditHoldReleases.class);
  private final CreditHoldRelease registered = mock(CreditHoldRelease.class);

  @BeforeEach
  void registerRealBeans() {
    engine.bean(
        Beans.DEADLINES,
        new CreditDeadlines(
            new CreditProperties(
                Period.ofDays(1), Period.ofDays(2), Period.ofDays(90), Period.ofDays(2)),
            engine.clock()));
    engine.bean(
        Beans.REGISTER_RELEASE, new RegisterCreditHoldRelease(releases, engine.formLabels()));
    engine.bean(Beans.DECIDED, new CreditHoldReleaseDecided(releases, engine.formLabels()));
    engine.bean(Beans.NOTIFY_APPROVED, new NotifyCreditHoldReleaseApproved(releases));
    engine.bean(Beans.NOTIFY_REFUSED, new NotifyCreditHoldReleaseRefused(releases));
    when(registered.id()).thenReturn(RELEASE_ID);
    when(registered.releaseNumber()).thenReturn(NUMBER);
    when(releases.problemsOf(any(), any())).thenReturn(List.of());
    when(releases.request(any(), any(), any(), anyString())).thenReturn(registered);
    when(releases.load(RELEASE_ID)).thenReturn(registered);
    when(releases.summary(registered)).thenReturn(SUMMARY);
    when(releases.view(registered))
        .thenReturn(
            new CreditHoldReleaseView(
                RELEASE_ID,
                NUMBER,
                3L,
                "C001",
                "常州宏远五金制品有限公司",
                9L,
                "XS-2026-00003",
                "CNY",
                new BigDecimal("3500"),
                new BigDecimal("3500.5"),
                "客户承诺月底前付清",
                LocalDate.of(2026, 3, 20),
                ReleaseStatus.REQUESTED,
                "待财务审批",
                false,
                "liuyang",
                NOW,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "/documents/credit-hold-releases/" + NUMBER));
  }

  private ProcessInstance requestInTasklist() {
    ProcessInstance instance =
        runtimeService()
            .startProcessInstanceByKey(
                CreditHoldReleaseProcess.KEY,
                Map.of(
                    "customerCode",
                    "C001",
                    Variables.ORDER_NUMBER.name(),
                    "XS-2026-00003",
                    Variables.AMOUNT.name(),
                    "3500.5",
                    Variables.REASON.name(),
                    "客户承诺月底前付清",
                    Variables.VALID_UNTIL.name(),
                    "2026-03-20"));
    verify(releases)
        .request(
            eq(
                new ReleaseRequest(
                    "XS-2026-00003",
                    new BigDecimal("3500.5"),
                    "客户承诺月底前付清",
                    LocalDate.of(2026, 3, 20))),
            isNull(),
            any(),
            eq("system"));
    verify(releases).linkProcess(RELEASE_ID, instance.getId());
    assertThat(runtimeService().createProcessInstanceQuery().singleResult().getBusinessKey())
        .isEqualTo(NUMBER);
    assertThat(runtimeService().getVariable(instance.getId(), Variables.RELEASE_SUMMARY.name()))
        .isEqualTo(SUMMARY);
    assertThat(runtimeService().getVariable(instance.getId(), Variables.CUSTOMER_NAME.name()))
        .isEqualTo("常州宏远五金制品有限公司");
    Task finance = task(instance);
    assertShows(
        finance,
        "财务审批货款异常特放",
        Date.from(Instant.parse("2026-03-03T01:30:00Z")),
        "finance-approve-credit-hold-release");
    assertThat(taskService().getIdentityLinksForTask(finance.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("finance");
    return instance;
  }

  private Task task(ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void financeApproves(ProcessInstance instance) {
    taskService()
        .complete(task(instance).getId(), Map.of(Variables.FINANCE_DECISION.name(), "approve"));
    verify(releases).financeDecided(RELEASE_ID, CreditDecision.APPROVE, null, "system");
    Task gm = task(instance);
    assertShows(
        gm,
        "总经理审批货款异常特放",
        Date.from(Instant.parse("2026-03-04T01:30:00Z")),
        "gm-approve-credit-hold-release");
    assertThat(taskService().getIdentityLinksForTask(gm.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("general-manager");
  }

  @Test
  void approvedByFinanceAndTheGeneralManagerTheRequesterIsMailed() {
    ProcessInstance instance = requestInTasklist();
    financeApproves(instance);
    taskService()
        .complete(
            task(instance).getId(),
            Map.of(Variables.GM_DECISION.name(), "approve", Variables.GM_NOTE.name(), "仅此一次"));
    verify(releases).gmDecided(RELEASE_ID, CreditDecision.APPROVE, "仅此一次", "system");
    verify(releases, never()).notifyApproved(anyLong());
    execute(job(instance, Elements.NOTIFY_APPROVED));
    verify(releases).notifyApproved(RELEASE_ID);
    verify(releases, never()).notifyRefused(anyLong());
    assertThat(instance).isEnded().hasPassed(Elements.END_APPROVED);
  }

  @Test
  void refusedByFinanceItEndsWithoutTheGeneralManager() {
    ProcessInstance instance = requestInTasklist();
    taskService()
        .complete(
            task(instance).getId(),
            Map.of(
                Variables.FINANCE_DECISION.name(), "refuse",
                Variables.FINANCE_NOTE.name(), "逾期已超过90天"));
    verify(releases).financeDecided(RELEASE_ID, CreditDecision.REFUSE, "逾期已超过90天", "system");
    execute(job(instance, Elements.NOTIFY_REFUSED));
    verify(releases).notifyRefused(RELEASE_ID);
    assertThat(instance)
        .isEnded()
        .hasPassed(Elements.END_REFUSED)
        .hasNotPassed(Elements.GM_APPROVAL);
  }

  @Test
  void refusedByTheGeneralManagerTheRequesterIsToldWhy() {
    ProcessInstance instance = requestInTasklist();
    financeApproves(instance);
    taskService()
        .complete(
            task(instance).getId(),
            Map.of(Variables.GM_DECISION.name(), "refuse", Variables.GM_NOTE.name(), "先收款再出货"));
    verify(releases).gmDecided(RELEASE_ID, CreditDecision.REFUSE, "先收款再出货", "system");
    execute(job(instance, Elements.NOTIFY_REFUSED));
    verify(releases).notifyRefused(RELEASE_ID);
    verify(releases, never()).notifyApproved(anyLong());
    assertThat(instance).isEnded().hasPassed(Elements.END_REFUSED);
  }

  @Test
  void aRequestMadeThroughTheApiIsOnlyLinked() {
    ProcessInstance instance =
        runtimeService()
            .createProcessInstanceByKey(CreditHoldReleaseProcess.KEY)
            .businessKey(NUMBER)
            .setVariable(Variables.RELEASE_ID.name(), RELEASE_ID)
            .execute();
    verify(releases, never()).request(any(), any(), any(), anyString());
    verify(releases).linkProcess(RELEASE_ID, instance.getId());
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo(Elements.FINANCE_APPROVAL);
  }

  @Test
  void aRequestWithProblemsIsRefusedByTheFormsLabelsAndStartsNothing() {
    when(releases.problemsOf(any(), any()))
        .thenReturn(
            List.of(
                new FieldProblem(Variables.ORDER_NUMBER.name(), "订单不存在：XS-2026-09999"),
                new FieldProblem(Variables.VALID_UNTIL.name(), "不能早于今天 2026-03-02")));
    assertThatThrownBy(
            () ->
                runtimeService()
                    .startProcessInstanceByKey(
                        CreditHoldReleaseProcess.KEY,
                        Map.of(
                            Variables.ORDER_NUMBER.name(), "XS-2026-09999",
                            Variables.AMOUNT.name(), "很多",
                            Variables.REASON.name(), "…",
                            Variables.VALID_UNTIL.name(), "2026-03-01")))
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("订单号：订单不存在：XS-2026-09999")
        .hasMessageContaining("特放金额：")
        .hasMessageContaining("有效期至：不能早于今天 2026-03-02");
    verify(releases, never()).request(any(), any(), any(), anyString());
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aRefusalWithoutAReasonStaysOpenNamingTheFormsField() {
    ProcessInstance instance = requestInTasklist();
    doThrow(InvalidRequestException.of(Variables.FINANCE_NOTE.name(), "不同意时请写明原因"))
        .when(releases)
        .financeDecided(eq(RELEASE_ID), eq(CreditDecision.REFUSE), isNull(), any());
    Task finance = task(instance);
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(finance.getId(), Map.of(Variables.FINANCE_DECISION.name(), "refuse")))
        .hasMessageContaining("说明：不同意时请写明原因");
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo(Elements.FINANCE_APPROVAL);
  }
}
