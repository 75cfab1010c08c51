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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.gendan.ProcessTestEngine;
import com.gendan.credit.CreditTermsChangeProcess.Beans;
import com.gendan.credit.CreditTermsChangeProcess.Elements;
import com.gendan.credit.CreditTermsChangeProcess.Variables;
import com.gendan.problem.InvalidRequestException;
import java.time.Instant;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks the credit-terms change (SPEC D13) on the in-memory engine with the real thin listener and
 * delegate over a Mockito-mocked {@link CreditTermsRequests}: approved by finance, refused with a
 * reason, and a refusal without a reason kept open.
 */
@Deployment(
    resources = {"processes/credit-terms-change.bpmn", "forms/approve-credit-terms-change.form"})
@ProcessTestEngine.Covers(model = CreditTermsChangeProcess.KEY, atLeast = 1.0)
class CreditTermsChangeProcessTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
  private static final long REQUEST_ID = 7L;

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private final CreditTermsRequests requests = mock(CreditTermsRequests.class);

  @BeforeEach
  void registerRealBeans() {
    engine.bean(
        Beans.DEADLINES,
        new CreditDeadlines(
            new CreditProperties(
                Period.ofDays(1), Period.ofDays(1), Period.ofDays(90), Period.ofDays(2)),
            engine.clock()));
    engine.bean(Beans.DECIDED, new CreditTermsChangeDecided(requests, engine.formLabels()));
    engine.bean(Beans.NOTIFY_REQUESTER, new NotifyCreditTermsRequester(requests));
  }

  private ProcessInstance requested() {
    ProcessInstance instance =
        runtimeService()
            .createProcessInstanceByKey(CreditTermsChangeProcess.KEY)
            .businessKey("XY-2026-00001")
            .setVariable(Variables.REQUEST_ID.name(), REQUEST_ID)
            .setVariable(Variables.REQUEST_NUMBER.name(), "XY-2026-00001")
            .setVariable(Variables.REQUEST_SUMMARY.name(), "客户 …\n信用额度：CNY 300000 → CNY 500000")
            .execute();
    Task approval = task(instance);
    assertShows(
        approval,
        "财务审批信用条件变更",
        Date.from(Instant.parse("2026-03-04T01:30:00Z")),
        "approve-credit-terms-change");
    assertThat(taskService().getIdentityLinksForTask(approval.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("finance");
    return instance;
  }

  private Task task(ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).singleResult();
  }

  @Test
  void approvedByFinanceTheChangeIsAppliedAndTheRequesterMailed() {
    ProcessInstance instance = requested();
    taskService().complete(task(instance).getId(), Map.of(Variables.DECISION.name(), "approve"));
    verify(requests).decide(REQUEST_ID, CreditDecision.APPROVE, null, "system");
    verify(requests, never()).notifyRequester(REQUEST_ID);
    execute(job(instance, Elements.NOTIFY_REQUESTER));
    verify(requests).notifyRequester(REQUEST_ID);
    assertThat(instance).isEnded().hasPassed(Elements.END_DECIDED);
  }

  @Test
  void refusedByFinanceTheRequesterIsToldWhy() {
    ProcessInstance instance = requested();
    taskService()
        .complete(
            task(instance).getId(),
            Map.of(Variables.DECISION.name(), "refuse", Variables.NOTE.name(), "客户近三月有逾期"));
    verify(requests).decide(REQUEST_ID, CreditDecision.REFUSE, "客户近三月有逾期", "system");
    execute(job(instance, Elements.NOTIFY_REQUESTER));
    verify(requests).notifyRequester(REQUEST_ID);
    assertThat(instance).isEnded();
  }

  @Test
  void aRefusalWithoutAReasonStaysOpenNamingTheFormsField() {
    ProcessInstance instance = requested();
    doThrow(InvalidRequestException.of(Variables.NOTE.name(), "不同意时请写明原因"))
        .when(requests)
        .decide(eq(REQUEST_ID), eq(CreditDecision.REFUSE), isNull(), any());
    Task approval = task(instance);
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(approval.getId(), Map.of(Variables.DECISION.name(), "refuse")))
        .hasMessageContaining("说明：不同意时请写明原因");
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo(Elements.APPROVE_CHANGE);
  }
}
