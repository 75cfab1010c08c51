package com.gendan.orderchange;

import static com.gendan.ProcessTestEngine.historicTasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.ProcessTestEngine;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderProcess;
import com.gendan.orderchange.OrderChangeProcess.Beans;
import com.gendan.orderchange.OrderChangeProcess.Elements;
import com.gendan.orderchange.OrderChangeProcess.Variables;
import com.gendan.process.DeployedFormFields;
import com.gendan.process.EngineActions;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.scope.CustomerScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the order change process (SPEC D6) on the in-memory engine with the real thin
 * listeners and delegates over Mockito-mocked services, and the real decision table: a change the
 * sales manager signs alone, a cancellation of a primary customer's order and a costly change that
 * the general manager signs too, a rejection, dead stock consumed (a scrap above the limit approved
 * by the sales manager, or refused and disposed again), a department that does not answer in time,
 * and an urgent demand top management grants (the orders that give way are told once the request is
 * approved) or refuses (the request is rejected).
 */
@Deployment(
    resources = {
      "processes/order-change.bpmn",
      "processes/order-change-authority.dmn",
      "forms/request-order-change.form",
      "forms/state-change-impact.form",
      "forms/sign-order-change.form",
      "forms/decide-urgent-demand.form",
      "forms/consume-dead-stock.form",
      "forms/approve-scrap.form"
    })
@ProcessTestEngine.Covers(model = "orderChange", atLeast = 0.99)
class OrderChangeProcessTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z"); // a Monday
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private static final long REQUEST_ID = 12L;
  private static final long ORDER_ID = 4711L;
  private static final long CUSTOMER_ID = 3L;
  private static final long ORDER_CHANGE_ID = 77L;
  private static final String ORDER_PROCESS = "order-process-1";
  private static final String REP = "wangqiang";

  private final ChangeRequests requests = mock(ChangeRequests.class);
  private final ChangeRequestMails mails = mock(ChangeRequestMails.class);
  private final ChangeRequestFormVariables formVariables = mock(ChangeRequestFormVariables.class);
  private final OrderService orderService = mock(OrderService.class);
  private final CustomerDirectory customers = mock(CustomerDirectory.class);
  private final EngineActions engineActions = mock(EngineActions.class);
  private final OrderChangeDeadlines deadlines =
      engine.bean(
          Beans.DEADLINES,
          new OrderChangeDeadlines(
              new OrderChangeProperties(
                  1,
                  Duration.ofDays(1),
                  Period.ofDays(1),
                  Period.ofDays(30),
                  Duration.ofDays(7),
                  new BigDecimal("5000"),
                  Period.ofDays(2)),
              Clock.fixed(NOW, ZONE)));

  /** What publishDeadStock tells the gateway, one entry per call. */
  private final Deque<Boolean> deadStockOpen = new ArrayDeque<>();

  @BeforeEach
  void registerRealBeans() {
    FormLabels formLabels =
        new FormLabels(new DeployedFormFields(engine.getProcessEngine(), new ObjectMapper()));
    engine.bean(
        Beans.REGISTER_REQUEST,
        new RegisterChangeRequest(requests, orderService, formVariables, formLabels));
    engine.bean(Beans.IMPACT_STATED, new ChangeImpactStated(requests, formLabels));
    engine.bean(Beans.REMIND_IMPACT, new RemindChangeImpact(mails));
    engine.bean(Beans.ESCALATE_IMPACT, new EscalateChangeImpact(mails));
    engine.bean(Beans.SUM_UP_IMPACT, new SumUpChangeImpact(requests, customers));
    engine.bean(Beans.SIGNATURE_RECORDED, new ChangeRequestSigned(requests, formLabels));
    engine.bean(Beans.RECORD_REJECTION, new RecordChangeRequestRejection(requests, mails));
    engine.bean(
        Beans.APPLY_TO_ORDER,
        new ApplyChangeRequestToOrder(
            requests, orderService, engineActions, formVariables, deadlines));
    engine.bean(Beans.NOTIFY_DEPARTMENTS, new NotifyDepartmentsOfChange(mails));
    engine.bean(Beans.URGENT_DEMAND_DECIDED, new UrgentDemandDecided(requests, formLabels));
    engine.bean(Beans.NOTIFY_YIELDING_ORDERS, new NotifyYieldingOrders(requests));
    engine.bean(Beans.REPORT_ORDER_CHANGED, new ReportOrderChangedMeanwhile(requests, mails));
    engine.bean(
        Beans.DEAD_STOCK_DISPOSED, new DeadStockDisposed(requests, formVariables, formLabels));
    engine.bean(Beans.REMIND_DEAD_STOCK, new RemindDeadStock(mails));
    engine.bean(Beans.DEAD_STOCK_OVERDUE, new DeadStockOverdue(mails));
    engine.bean(
        Beans.SCRAP_DECIDED, new DeadStockScrapDecided(requests, formVariables, formLabels));
    engine.bean(Beans.COMPLETE_REQUEST, new CompleteChangeRequest(requests));

    doAnswer(
            call -> {
              org.camunda.bpm.engine.delegate.VariableScope scope = call.getArgument(0);
              Variables.REQUEST_NUMBER.set(scope, "BG-2026-00001");
              Variables.ORDER_NUMBER.set(scope, "XS-2026-00001");
              Variables.CHANGE_KIND.set(scope, kind);
              return null;
            })
        .when(formVariables)
        .publish(any(), anyLong());
    doAnswer(
            call -> {
              org.camunda.bpm.engine.delegate.VariableScope scope = call.getArgument(0);
              Variables.DEAD_STOCK_OPEN.set(scope, deadStockOpen.remove());
              return null;
            })
        .when(formVariables)
        .publishDeadStock(any(), anyLong());
    SalesOrder order = mock(SalesOrder.class);
    when(order.processInstanceId()).thenReturn(ORDER_PROCESS);
    when(orderService.load(ORDER_ID)).thenReturn(order);
    when(customers.findById(CUSTOMER_ID)).thenReturn(Optional.of(mock(CustomerView.class)));
  }

  /** The request's kind, as the form variables publish it. */
  private ChangeKind kind;

  private ProcessInstance start(ChangeKind kind) {
    this.kind = kind;
    when(requests.load(REQUEST_ID))
        .thenReturn(
            new ChangeRequest(
                "BG-2026-00001", ORDER_ID, CUSTOMER_ID, kind, "客户改单", List.of(), "liuyang", NOW));
    return runtimeService()
        .startProcessInstanceByKey(
            OrderChangeProcess.KEY,
            Map.of(
                Variables.CHANGE_REQUEST_ID.name(),
                REQUEST_ID,
                CustomerScope.CUSTOMER_ID,
                CUSTOMER_ID,
                CustomerScope.CUSTOMER_ASSISTANT,
                "liuyang",
                CustomerScope.CUSTOMER_SALES_REP,
                REP));
  }

  /** Every department answers with the cost; the decision table sees the sum it is given. */
  private void allDepartmentsAnswer(
      ProcessInstance instance, ChangeKind kind, String cost, String tier) {
    when(requests.toSignOff(eq(REQUEST_ID), any(), anyString()))
        .thenReturn(new ChangeRequests.SignOff(kind, new BigDecimal(cost), tier, "各部门影响：…"));
    List<Task> impacts = taskQuery().processInstanceId(instance.getId()).list();
    assertThat(impacts)
        .extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder(
            Elements.STATE_PRODUCTION_IMPACT,
            Elements.STATE_WAREHOUSE_IMPACT,
            Elements.STATE_PURCHASING_IMPACT,
            Elements.STATE_FINANCE_IMPACT);
    for (Task task : impacts) {
      // due the next working day at 18:00 in the department's zone
      assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-03T10:00:00Z")));
      taskService()
          .complete(
              task.getId(),
              Map.of(
                  Variables.IMPACT_COST.name(), "100",
                  Variables.IMPACT_MATERIAL.name(), "已备料",
                  Variables.DEAD_STOCK_TEXT.name(), "电容 EC-C0805-106 2000 3600"));
    }
    verify(requests)
        .stateImpact(
            eq(REQUEST_ID),
            eq(Department.PRODUCTION),
            eq(
                new ImpactData(
                    "已备料",
                    null,
                    new BigDecimal("100"),
                    null,
                    null,
                    List.of(
                        new ImpactData.DeadStockLine(
                            "电容 EC-C0805-106", new BigDecimal("2000"), new BigDecimal("3600"))))),
            anyString());
  }

  private void sign(ProcessInstance instance, String group, String decision, String comment) {
    Task task = taskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(Elements.SIGN_REQUEST);
    assertThat(taskService().getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> group.equals(link.getGroupId()));
    taskService()
        .complete(
            task.getId(),
            comment == null
                ? Map.of(Variables.SIGN_DECISION.name(), decision)
                : Map.of(
                    Variables.SIGN_DECISION.name(), decision,
                    Variables.SIGN_COMMENT.name(), comment));
    verify(requests).sign(eq(REQUEST_ID), eq(group), eq("approve".equals(decision)), any(), any());
  }

  @Test
  void aChangeTheSalesManagerSignsAloneIsAppliedToTheOrderAndMailed() {
    deadStockOpen.add(false);
    when(requests.approve(eq(REQUEST_ID), anyString())).thenReturn(Optional.of(ORDER_CHANGE_ID));
    ProcessInstance instance = start(ChangeKind.CHANGE);
    verify(requests).linkProcess(REQUEST_ID, instance.getId());
    assertThat(runtimeService().createProcessInstanceQuery().singleResult().getBusinessKey())
        .isEqualTo("BG-2026-00001");

    allDepartmentsAnswer(instance, ChangeKind.CHANGE, "1200", "secondary");
    assertThat(instance)
        .variables()
        .containsEntry(Variables.APPROVER_GROUPS, List.of("sales-manager"));
    sign(instance, "sales-manager", "approve", null);

    execute(job(Elements.APPLY_TO_ORDER, instance));
    verify(engineActions)
        .startEventSubProcess(
            SalesOrderProcess.Messages.ORDER_CHANGE_APPROVED,
            ORDER_PROCESS,
            Map.of(SalesOrderProcess.Variables.ORDER_CHANGE_ID.name(), ORDER_CHANGE_ID));
    execute(job(Elements.NOTIFY_DEPARTMENTS, instance));
    execute(job(Elements.NOTIFY_YIELDING_ORDERS, instance));
    verify(mails).approved(REQUEST_ID);
    verify(requests).complete(eq(REQUEST_ID), anyString());
    assertThat(instance).hasPassed(Elements.COMPLETE_REQUEST).isEnded();
    verify(requests, never()).reject(anyLong(), anyString());
  }

  @Test
  void anApprovedChangeTheOrderNoLongerTakesEndsVoidAndTellsTheManagerWithoutAnIncident() {
    String reason = "第1行：数量不能少于已出货 0 加已完工待出货 40 共 40";
    when(requests.orderRefusal(REQUEST_ID)).thenReturn(Optional.of(reason));
    ProcessInstance instance = start(ChangeKind.CHANGE);
    allDepartmentsAnswer(instance, ChangeKind.CHANGE, "1200", "secondary");
    sign(instance, "sales-manager", "approve", null);

    execute(job(Elements.APPLY_TO_ORDER, instance));
    assertThat(instance)
        .hasPassed(Elements.ORDER_CHANGED_MEANWHILE)
        .isWaitingAt(Elements.REPORT_ORDER_CHANGED)
        .variables()
        .containsEntry(Variables.ORDER_CHANGED_REASON.name(), reason);
    execute(job(Elements.REPORT_ORDER_CHANGED, instance));

    verify(requests).voidByOrder(eq(REQUEST_ID), eq(reason), anyString());
    verify(mails).orderChangedMeanwhile(REQUEST_ID);
    assertThat(instance).hasPassed(Elements.END_VOIDED).isEnded();
    verify(requests, never()).approve(anyLong(), anyString());
    verifyNoInteractions(engineActions);
    verify(mails, never()).approved(anyLong());
    assertThat(runtimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void cancellingAPrimaryCustomersOrderNeedsTheGeneralManagerToo() {
    deadStockOpen.add(false);
    when(requests.approve(eq(REQUEST_ID), anyString())).thenReturn(Optional.empty());
    ProcessInstance instance = start(ChangeKind.CANCEL);
    allDepartmentsAnswer(instance, ChangeKind.CANCEL, "300", "primary");

    sign(instance, "sales-manager", "approve", null);
    sign(instance, "general-manager", "approve", "同意");
    execute(job(Elements.APPLY_TO_ORDER, instance));

    verify(engineActions)
        .sendMessage(
            SalesOrderProcess.Messages.ORDER_CANCELLED,
            ORDER_PROCESS,
            Map.of(
                SalesOrderProcess.Variables.CANCELLATION_REASON.name(),
                "BG-2026-00001：客户改单",
                SalesOrderProcess.Variables.CHANGE_REQUEST_ID.name(),
                REQUEST_ID));
    execute(job(Elements.NOTIFY_DEPARTMENTS, instance));
    execute(job(Elements.NOTIFY_YIELDING_ORDERS, instance));
    assertThat(instance).isEnded();
  }

  @Test
  void aChangeCostingMoreThanTheLimitNeedsTheGeneralManagerWhoMayReject() {
    ProcessInstance instance = start(ChangeKind.CHANGE);
    allDepartmentsAnswer(instance, ChangeKind.CHANGE, "60000", "secondary");
    assertThat(instance)
        .variables()
        .containsEntry(Variables.APPROVER_GROUPS, List.of("sales-manager", "general-manager"));
    sign(instance, "sales-manager", "approve", null);
    sign(instance, "general-manager", "reject", "成本太高");

    execute(job(Elements.RECORD_REJECTION, instance));
    verify(requests).reject(eq(REQUEST_ID), anyString());
    verify(mails).rejected(REQUEST_ID);
    verifyNoInteractions(engineActions);
    assertThat(instance).hasPassed(Elements.END_REJECTED).isEnded();
  }

  @Test
  void aRejectionNeedsItsReasonAndTheSalesManagerRejectsAlone() {
    ProcessInstance instance = start(ChangeKind.CHANGE);
    allDepartmentsAnswer(instance, ChangeKind.CHANGE, "0", "secondary");
    doAnswer(
            call -> {
              if (!(boolean) call.getArgument(2) && call.getArgument(3) == null) {
                throw com.gendan.problem.InvalidRequestException.of("signComment", "驳回请写明原因");
              }
              return null;
            })
        .when(requests)
        .sign(anyLong(), anyString(), anyBoolean(), any(), any());
    Task task = taskQuery().singleResult();
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(task.getId(), Map.of(Variables.SIGN_DECISION.name(), "reject")))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("意见：驳回请写明原因");
    assertThatThrownBy(
            () -> taskService().complete(task.getId(), Map.of(Variables.SIGN_DECISION.name(), "x")))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("决定：请选择");

    taskService()
        .complete(
            task.getId(),
            Map.of(
                Variables.SIGN_DECISION.name(), "reject", Variables.SIGN_COMMENT.name(), "客户已撤回"));
    execute(job(Elements.RECORD_REJECTION, instance));
    assertThat(instance).hasPassed(Elements.END_REJECTED).isEnded();
  }

  /** Production cannot make line 1 by the date the change asks: top management decides first. */
  private Task urgentDemandDecision(ProcessInstance instance) {
    when(requests.urgentDemand(REQUEST_ID))
        .thenReturn(Optional.of("生产最早可交期 2026-03-20，以下各行要求更早：\n第1行 EC-C0805-106 要求交期 2026-03-10"));
    allDepartmentsAnswer(instance, ChangeKind.CHANGE, "800", "secondary");
    Task task = taskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(Elements.DECIDE_URGENT_DEMAND);
    assertThat(taskService().getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> "general-manager".equals(link.getGroupId()));
    assertThat(task.getDueDate()).isNotNull();
    assertThat(instance)
        .variables()
        .containsEntry(Variables.URGENT_DEMAND.name(), true)
        .hasEntrySatisfying(
            Variables.URGENT_DEMAND_SUMMARY.name(),
            summary -> assertThat((String) summary).contains("生产最早可交期 2026-03-20"));
    return task;
  }

  @Test
  void anUrgentDemandTopManagementGrantsIsSignedAndItsYieldingOrdersAreToldOnceApproved() {
    deadStockOpen.add(false);
    when(requests.approve(eq(REQUEST_ID), anyString())).thenReturn(Optional.of(ORDER_CHANGE_ID));
    ProcessInstance instance = start(ChangeKind.CHANGE);
    Task decision = urgentDemandDecision(instance);

    // an unreadable row is named with its row, nothing is recorded
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        decision.getId(),
                        Map.of(
                            Variables.URGENT_DECISION.name(), "grant",
                            Variables.YIELDING_ORDERS_TEXT.name(), "XS-2026-00002 下周",
                            Variables.URGENT_DECISION_NOTE.name(), "大客户优先")))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("让步订单第1行：格式应为：订单号 新交期");
    verify(requests, never()).decideUrgentDemand(anyLong(), any(), anyList(), any(), any());

    taskService()
        .complete(
            decision.getId(),
            Map.of(
                Variables.URGENT_DECISION.name(), "grant",
                Variables.YIELDING_ORDERS_TEXT.name(),
                    "xs-2026-00002 2026-03-25\n\nXS-2026-00003, 2026-03-27",
                Variables.URGENT_DECISION_NOTE.name(), "大客户优先，次要客户顺延"));
    verify(requests)
        .decideUrgentDemand(
            eq(REQUEST_ID),
            eq(UrgentDecision.GRANTED),
            eq(
                List.of(
                    new ChangeRequests.YieldLine(
                        "XS-2026-00002", java.time.LocalDate.parse("2026-03-25")),
                    new ChangeRequests.YieldLine(
                        "XS-2026-00003", java.time.LocalDate.parse("2026-03-27")))),
            eq("大客户优先，次要客户顺延"),
            any());

    // the sign-off follows as for any change; the yielding orders are told only once approved
    sign(instance, "sales-manager", "approve", null);
    verify(requests, never()).tellYieldingOrders(anyLong());
    execute(job(Elements.APPLY_TO_ORDER, instance));
    execute(job(Elements.NOTIFY_DEPARTMENTS, instance));
    execute(job(Elements.NOTIFY_YIELDING_ORDERS, instance));
    verify(requests).tellYieldingOrders(REQUEST_ID);
    assertThat(instance)
        .hasPassed(Elements.DECIDE_URGENT_DEMAND, Elements.SIGN_REQUEST, Elements.COMPLETE_REQUEST)
        .isEnded();
  }

  @Test
  void anUrgentDemandTopManagementRefusesIsRejectedWithoutAnySignature() {
    ProcessInstance instance = start(ChangeKind.CHANGE);
    Task decision = urgentDemandDecision(instance);
    taskService()
        .complete(
            decision.getId(),
            Map.of(
                Variables.URGENT_DECISION.name(), "refuse",
                Variables.URGENT_DECISION_NOTE.name(), "产能已满，按生产交期"));
    verify(requests)
        .decideUrgentDemand(
            eq(REQUEST_ID), eq(UrgentDecision.REFUSED), eq(List.of()), eq("产能已满，按生产交期"), any());

    execute(job(Elements.RECORD_REJECTION, instance));
    verify(requests).reject(eq(REQUEST_ID), anyString());
    verify(mails).rejected(REQUEST_ID);
    verify(requests, never()).sign(anyLong(), anyString(), anyBoolean(), any(), any());
    verifyNoInteractions(engineActions);
    assertThat(instance).hasPassed(Elements.END_REJECTED).isEnded();
  }

  @Test
  void theSalesRepConsumesTheDeadStockAndACostlyScrapWaitsForTheSalesManager() {
    // still open after the approval, each disposition and the refused scrap; nothing is left once
    // the last scrap is approved
    deadStockOpen.addAll(List.of(true, true, true, true, true, false));
    when(requests.approve(eq(REQUEST_ID), anyString())).thenReturn(Optional.of(ORDER_CHANGE_ID));
    when(requests.dispose(eq(REQUEST_ID), anyList(), anyString())).thenReturn(true, false, true);
    ProcessInstance instance = start(ChangeKind.CHANGE);
    allDepartmentsAnswer(instance, ChangeKind.CHANGE, "3600", "secondary");
    sign(instance, "sales-manager", "approve", null);
    execute(job(Elements.APPLY_TO_ORDER, instance));
    execute(job(Elements.NOTIFY_DEPARTMENTS, instance));
    execute(job(Elements.NOTIFY_YIELDING_ORDERS, instance));

    Task consume = taskQuery().singleResult();
    assertThat(consume.getTaskDefinitionKey()).isEqualTo(Elements.CONSUME_DEAD_STOCK);
    assertThat(consume.getAssignee()).isEqualTo(REP);
    assertThat(consume.getDueDate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(30))));

    // weekly reminder, then the due date passes: the sales manager is told
    List<Job> timers =
        managementService().createJobQuery().processInstanceId(instance.getId()).timers().list();
    assertThat(timers).hasSize(2);
    Job weekly =
        timers.stream()
            .filter(t -> t.getDuedate().equals(Date.from(NOW.plus(Duration.ofDays(7)))))
            .findFirst()
            .orElseThrow();
    execute(weekly);
    verify(mails).deadStockReminder(eq(REQUEST_ID), anyString());
    Job overdue =
        managementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .duedateHigherThan(Date.from(NOW.plus(Duration.ofDays(29))))
            .list()
            .stream()
            .filter(t -> t.getDuedate().equals(Date.from(NOW.plus(Duration.ofDays(30)))))
            .findFirst()
            .orElseThrow();
    execute(overdue);
    verify(mails).deadStockOverdue(eq(REQUEST_ID), anyString());

    assertThatThrownBy(
            () ->
                taskService()
                    .complete(consume.getId(), Map.of(Variables.DISPOSITION_TEXT.name(), "1 送人")))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("处理方式第1行：处理方式应为 转售、重工 或 报废");

    taskService().complete(consume.getId(), Map.of(Variables.DISPOSITION_TEXT.name(), "1 报废 无法转用"));
    verify(requests)
        .dispose(
            eq(REQUEST_ID),
            eq(List.of(new ChangeRequests.DispositionLine(1, Disposition.SCRAP, "无法转用"))),
            anyString());
    Task approve = taskQuery().singleResult();
    assertThat(approve.getTaskDefinitionKey()).isEqualTo(Elements.APPROVE_SCRAP);
    taskService()
        .complete(
            approve.getId(),
            Map.of(
                Variables.SCRAP_DECISION.name(), "reject", Variables.SCRAP_COMMENT.name(), "先试转售"));
    verify(requests).decideScrap(eq(REQUEST_ID), eq(false), eq("先试转售"), anyString());

    // back to the sales rep, who sells it this time: no approval needed
    Task again = taskQuery().singleResult();
    assertThat(again.getTaskDefinitionKey()).isEqualTo(Elements.CONSUME_DEAD_STOCK);
    taskService().complete(again.getId(), Map.of(Variables.DISPOSITION_TEXT.name(), "1 转售 售予C003"));

    // a second item is scrapped and approved
    Task third = taskQuery().singleResult();
    taskService().complete(third.getId(), Map.of(Variables.DISPOSITION_TEXT.name(), "2 报废"));
    Task approveAgain = taskQuery().singleResult();
    taskService()
        .complete(approveAgain.getId(), Map.of(Variables.SCRAP_DECISION.name(), "approve"));
    verify(requests).decideScrap(eq(REQUEST_ID), eq(true), any(), anyString());

    assertThat(historicTasks(instance, Elements.CONSUME_DEAD_STOCK)).isEqualTo(3);
    assertThat(instance).hasPassed(Elements.COMPLETE_REQUEST).isEnded();
  }

  @Test
  void aDepartmentThatDoesNotAnswerIsRemindedThenTheSalesManagerIsTold() {
    ProcessInstance instance = start(ChangeKind.CHANGE);
    Task finance = taskQuery().taskDefinitionKey(Elements.STATE_FINANCE_IMPACT).singleResult();
    List<Job> timers =
        managementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(Elements.STATE_FINANCE_IMPACT)
            .timers()
            .orderByJobDuedate()
            .asc()
            .list();
    assertThat(timers).hasSize(2);
    assertThat(timers.get(0).getDuedate()).isEqualTo(finance.getDueDate());
    assertThat(timers.get(1).getDuedate())
        .isEqualTo(Date.from(finance.getDueDate().toInstant().plus(Duration.ofDays(1))));
    execute(timers.get(0));
    verify(mails).impactReminder(eq(REQUEST_ID), eq(Department.FINANCE), anyString());
    execute(timers.get(1));
    verify(mails).impactOverdue(eq(REQUEST_ID), eq(Department.FINANCE), anyString());
    assertThat(taskQuery().taskDefinitionKey(Elements.STATE_FINANCE_IMPACT).count()).isOne();
  }

  @Test
  void anImpactThatCannotBeReadIsRefusedNamingEveryFieldAtOnce() {
    start(ChangeKind.CHANGE);
    Task production =
        taskQuery().taskDefinitionKey(Elements.STATE_PRODUCTION_IMPACT).singleResult();
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        production.getId(),
                        Map.of(
                            Variables.IMPACT_COST.name(), "很多",
                            Variables.DEAD_STOCK_TEXT.name(), "电容\n电阻 10 abc",
                            Variables.EARLIEST_POSSIBLE_DATE.name(), "明天")))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("影响成本（人民币元）：请填写数字")
        .hasMessageContaining("最早可交期（生产填写）：日期格式应为 yyyy-MM-dd")
        .hasMessageContaining("呆滞料第1行：格式应为：物料 数量 金额")
        .hasMessageContaining("呆滞料第2行：数量与金额应为数字");
    verify(requests, never()).stateImpact(anyLong(), any(), any(), any());
    assertThat(taskQuery().taskDefinitionKey(Elements.STATE_PRODUCTION_IMPACT).count()).isOne();
  }
}
