package com.gendan.order;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.failOnce;
import static com.gendan.ProcessTestEngine.historicTasks;
import static com.gendan.ProcessTestEngine.job;
import static com.gendan.ProcessTestEngine.passTimer;
import static com.gendan.ProcessTestEngine.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.gendan.DeployedForms;
import com.gendan.ProcessTestEngine;
import com.gendan.order.OrderDecisions.CorrectionAction;
import com.gendan.order.SalesOrderProcess.Beans;
import com.gendan.order.SalesOrderProcess.Elements;
import com.gendan.order.SalesOrderProcess.Messages;
import com.gendan.order.SalesOrderProcess.Variables;
import com.gendan.production.ProductionExceptionRaised;
import com.gendan.scope.CustomerScope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * Walks every path of the sales order process (SPEC D3, D4, D5) on a plain in-memory engine
 * (camunda.cfg.xml): the model and its forms are deployed, every delegate and task listener is a
 * Mockito mock registered under its bean name. The review mock answers from a queue the test
 * scripts, so each loop (correction, price deviation, credit hold) can be walked round by round.
 * Messages that start an event sub-process carry their variables into its scope as the application
 * sends them (setVariablesToTriggeredScope); the shipment's start listener mock opens the forms'
 * fields there as the real one does, because the model relies on it for concurrent shipments.
 */
@Deployment(
    resources = {
      "processes/sales-order.bpmn",
      "forms/register-order.form",
      "forms/obtain-confirmation.form",
      "forms/resolve-credit-hold.form",
      "forms/correct-order.form",
      "forms/confirm-price-deviation.form",
      "forms/confirm-production-plan.form",
      "forms/decide-exception.form",
      "forms/inform-customer.form",
      "forms/choose-transport.form",
      "forms/record-outbound.form"
    })
@ProcessTestEngine.Covers(model = "salesOrder", atLeast = 0.99)
class SalesOrderProcessTest {

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
  private static final String ASSISTANT = "liu.fang";
  private static final String FINANCE = "finance";
  private static final String SALES_MANAGER = "sales-manager";
  private static final String PRODUCTION = "production";
  private static final String GENERAL_MANAGER = "general-manager";
  private static final String WAREHOUSE = "warehouse";
  private static final long ORDER_ID = 4711L;
  private static final String ORDER_NUMBER = "SO-2026-0001";
  private static final String LINES = "EC-R0603-103 100 15 2026-12-20";
  private static final String REVISED_LINES = "EC-R0603-103 100 15 2027-01-20";
  private static final long CHANGE_ID = 31L;
  private static final String TRANSPORT_PROPOSAL =
      """
      快递 运费 860 元，预计 2026-03-12 到货
      汽运 运费 420 元，预计 2026-03-14 到货（建议）""";

  /** Merges the phone and written branches before the parallel join; no code refers to it. */
  private static final String CONFIRMATION_JOIN = "Gateway_ConfirmationJoin";

  // Form field keys that SalesOrderProcess.Variables does not (yet) name.
  private static final String CHANNEL = "channel";
  private static final String CUSTOMER_PO = "customerPo";
  private static final String RECEIVED_AT = "receivedAt";
  private static final String SPECIAL_REQUIREMENTS = "specialRequirements";
  private static final String CONFIRMATION_REFERENCE = "confirmationReference";
  private static final String CONFIRMED_ON = "confirmedOn";
  private static final String CREDIT_HOLD_LIFTED = "creditHoldLifted";
  private static final String CREDIT_NOTE = "creditNote";
  private static final String REVISED_LINES_TEXT = "revisedLinesText";
  private static final String ACCEPTANCE_REASON = "acceptanceReason";
  private static final String DEVIATION_COMMENT = "deviationComment";
  private static final String PLANNED_COMPLETION_DATE = "plannedCompletionDate";
  private static final String PLAN_NOTE = "planNote";

  /** What the automatic review finds, one entry per review round. */
  record Review(boolean creditHold, int openFindings, String findingsText) {}

  private static final Review CLEAN = new Review(false, 0, "");
  private static final Review LATE_DELIVERY =
      new Review(
          false,
          1,
          new Finding(
                  FindingCode.DATE_TOO_EARLY,
                  1,
                  "要求交期 2026-03-20 早于最早可交期 2026-04-01（交货周期 30 天）",
                  "EC-R0603-103|2026-03-20")
              .describe());
  private static final Review PRICE_DEVIATION =
      new Review(
          false,
          1,
          new Finding(
                  FindingCode.PRICE_MISMATCH,
                  1,
                  "订单单价 CNY 15，有效报价 CNY 12（报价 BJ-2026-00001 第1版）",
                  "EC-R0603-103|CNY|15|CNY|12")
              .describe());
  private static final Review ON_CREDIT_HOLD =
      new Review(
          true,
          0,
          new Finding(FindingCode.CREDIT_HOLD, null, "客户 恒达电子 因逾期货款处于信用冻结", "C001").describe());

  private final Deadlines deadlines = engine.bean(Beans.DEADLINES, new Deadlines());
  private final Deque<Review> reviews = new ArrayDeque<>();

  private final JavaDelegate registerOrder = engine.delegate(Beans.REGISTER_ORDER);
  private final TaskListener confirmationRecorded =
      engine.taskListener(Beans.CONFIRMATION_RECORDED);
  private final TaskListener remindConfirmation = engine.taskListener(Beans.REMIND_CONFIRMATION);
  private final JavaDelegate reviewOrder = engine.delegate(Beans.REVIEW_ORDER);
  private final TaskListener creditHoldRecorded = engine.taskListener(Beans.CREDIT_HOLD_RECORDED);
  private final TaskListener correctionRecorded = engine.taskListener(Beans.CORRECTION_RECORDED);
  private final TaskListener remindCorrection = engine.taskListener(Beans.REMIND_CORRECTION);
  private final TaskListener priceDeviationRecorded =
      engine.taskListener(Beans.PRICE_DEVIATION_RECORDED);
  private final JavaDelegate issueProductionPlan = engine.delegate(Beans.ISSUE_PRODUCTION_PLAN);
  private final TaskListener planConfirmed = engine.taskListener(Beans.PLAN_CONFIRMED);
  private final TaskListener planDueDatesChecked =
      engine.taskListener(Beans.PLAN_DUE_DATES_CHECKED);
  private final JavaDelegate notifyTopManagement = engine.delegate(Beans.NOTIFY_TOP_MANAGEMENT);
  private final TaskListener exceptionDecided = engine.taskListener(Beans.EXCEPTION_DECIDED);
  private final TaskListener customerInformed = engine.taskListener(Beans.CUSTOMER_INFORMED);

  /** The exception ids top management was notified of, in order. */
  private final List<Long> notifiedExceptions = new ArrayList<>();

  private final JavaDelegate closeOrder = engine.delegate(Beans.CLOSE_ORDER);
  private final ExecutionListener shipmentStarted =
      engine.executionListener(Beans.SHIPMENT_STARTED);
  private final JavaDelegate issueStockNotice = engine.delegate(Beans.ISSUE_STOCK_NOTICE);
  private final TaskListener transportChosen = engine.taskListener(Beans.TRANSPORT_CHOSEN);
  private final TaskListener outboundRecorded = engine.taskListener(Beans.OUTBOUND_RECORDED);
  private final JavaDelegate notifyCustomerOfShipment =
      engine.delegate(Beans.NOTIFY_CUSTOMER_OF_SHIPMENT);
  // The real listener that opens the exception forms' fields in its own scope.
  private final ExecutionListener exceptionRaised =
      engine.bean(Beans.EXCEPTION_RAISED, spy(new ProductionExceptionRaised()));
  private final JavaDelegate applyOrderChange = engine.delegate(Beans.APPLY_CHANGE);
  private final JavaDelegate cancelOrder = engine.delegate(Beans.CANCEL_ORDER);

  /** The shipments after whose outbound every line is shipped in full (the outbound mock). */
  private final Set<Long> completingShipments = new HashSet<>();

  /** The cancellation reasons the cancel mock saw. */
  private final List<String> cancellations = new ArrayList<>();

  /** The shipment ids the customer was told about, in order. */
  private final List<Long> notifiedShipments = new ArrayList<>();

  @BeforeEach
  void stubMocks() throws Exception {
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Variables.ORDER_ID.set(execution, ORDER_ID);
              Variables.ORDER_NUMBER.set(execution, ORDER_NUMBER);
              Variables.CUSTOMER_NAME.set(execution, "苏州华东精密机械有限公司");
              Variables.PHONE_ORDER.set(execution, "phone".equals(execution.getVariable(CHANNEL)));
              Variables.FULFILLED.set(execution, false);
              return null;
            })
        .when(registerOrder)
        .execute(any());
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Review review = reviews.poll();
              if (review == null) {
                throw new IllegalStateException("the test scripted no further review round");
              }
              Variables.CREDIT_HOLD.set(execution, review.creditHold());
              Variables.OPEN_FINDINGS.set(execution, review.openFindings());
              Variables.FINDINGS_TEXT.set(execution, review.findingsText());
              return null;
            })
        .when(reviewOrder)
        .execute(any());
    doAnswer(
            invocation -> {
              DelegateTask task = invocation.getArgument(0);
              CorrectionAction action = Variables.CORRECTION_ACTION.require(task);
              if (action == CorrectionAction.REVISE) {
                Variables.LINES_TEXT.set(task, (String) task.getVariable(REVISED_LINES_TEXT));
              }
              Variables.PRICE_DEVIATION_ACCEPTED.set(
                  task,
                  action == CorrectionAction.ACCEPT
                      && Variables.FINDINGS_TEXT
                          .require(task)
                          .contains("【" + FindingCode.PRICE_MISMATCH.label() + "】"));
              return null;
            })
        .when(correctionRecorded)
        .notify(any());

    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Long exceptionId = Variables.EXCEPTION_ID.require(execution);
              notifiedExceptions.add(exceptionId);
              execution.setVariableLocal(
                  Variables.EXCEPTION_SUMMARY.name(), summaryOf(exceptionId));
              return null;
            })
        .when(notifyTopManagement)
        .execute(any());

    // Shipments: as the real beans will, the start listener opens the forms' fields in the
    // sub-process scope, where the message put the shipmentId; the stock notice
    // proposes the transport; the outbound listener marks the order fulfilled after the last one.
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              for (String field :
                  List.of(
                      Variables.TRANSPORT_MODE.name(),
                      Variables.SHIPPED_LINES_TEXT.name(),
                      Variables.CARRIER.name(),
                      Variables.TRACKING_NUMBER.name(),
                      Variables.SHIPPED_ON.name())) {
                execution.setVariableLocal(field, null);
              }
              return null;
            })
        .when(shipmentStarted)
        .notify(any());
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Long shipmentId = Variables.SHIPMENT_ID.require(execution);
              Variables.SHIPMENT_SUMMARY.setLocal(execution, shipmentSummaryOf(shipmentId));
              Variables.SHIPMENT_DOCUMENT.setLocal(execution, "出库单");
              Variables.TRANSPORT_PROPOSAL.setLocal(execution, TRANSPORT_PROPOSAL);
              Variables.TRANSPORT_MODE.setLocal(execution, "TRUCK");
              Variables.SHIPPED_LINES_TEXT.setLocal(execution, "1 50");
              return null;
            })
        .when(issueStockNotice)
        .execute(any());
    doAnswer(
            invocation -> {
              DelegateTask task = invocation.getArgument(0);
              if (completingShipments.contains(Variables.SHIPMENT_ID.require(task))) {
                Variables.FULFILLED.set(task.getExecution().getProcessInstance(), true);
              }
              return null;
            })
        .when(outboundRecorded)
        .notify(any());
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              notifiedShipments.add(Variables.SHIPMENT_ID.require(execution));
              return null;
            })
        .when(notifyCustomerOfShipment)
        .execute(any());

    // Changes: applying one affects the plan once a production plan has been issued.
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Variables.ORDER_CHANGE_ID.require(execution);
              boolean planIssued =
                  execution
                          .getProcessEngineServices()
                          .getHistoryService()
                          .createHistoricActivityInstanceQuery()
                          .processInstanceId(execution.getProcessInstanceId())
                          .activityId(Elements.ISSUE_PRODUCTION_PLAN)
                          .finished()
                          .count()
                      > 0;
              Variables.PLAN_AFFECTED.setLocal(execution, planIssued);
              return null;
            })
        .when(applyOrderChange)
        .execute(any());

    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              cancellations.add(Variables.CANCELLATION_REASON.require(execution));
              return null;
            })
        .when(cancelOrder)
        .execute(any());
  }

  // --- intake ---

  @Test
  void theOrderFormIsTheDeployedStartForm() throws Exception {
    assertThat(DeployedForms.start(SalesOrderProcess.KEY)).contains("\"id\": \"register-order\"");
  }

  @Test
  void aCleanWrittenOrderGoesToProductionWithoutManualWork() throws Exception {
    reviews.add(CLEAN);

    ProcessInstance order = startOrder("fax");

    verify(registerOrder).execute(any());
    verify(reviewOrder).execute(any());
    assertThat(order)
        .hasPassed(
            Elements.REGISTER_ORDER,
            Elements.INTAKE_SPLIT,
            Elements.PHONE_ORDER,
            CONFIRMATION_JOIN,
            Elements.REVIEW_ORDER,
            Elements.INTAKE_JOIN)
        .hasNotPassed(
            Elements.OBTAIN_CONFIRMATION, Elements.CORRECT_ORDER, Elements.RESOLVE_CREDIT_HOLD)
        .isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN)
        .variables()
        .containsEntry(Variables.PHONE_ORDER.name(), false)
        .containsEntry(Variables.ORDER_ID.name(), ORDER_ID);
    assertThat(openTasks(order)).as("no manual step before production").isZero();
    verifyNoInteractions(confirmationRecorded, creditHoldRecorded, issueProductionPlan);
  }

  @Test
  void theProductionPlanIsIssuedAsAJobAndConfirmedByProduction() throws Exception {
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("email");
    verifyNoInteractions(issueProductionPlan);

    execute(job(order, Elements.ISSUE_PRODUCTION_PLAN));

    verify(issueProductionPlan).execute(any());
    assertThat(order).isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN);
    Task plan = task(order);
    assertThat(plan).hasCandidateGroup(PRODUCTION).isNotAssigned();
    assertShows(plan, "确认生产计划", deadlines.planConfirmationDue(), "confirm-production-plan");
    verifyNoInteractions(planConfirmed);

    complete(plan, withVariables(PLANNED_COMPLETION_DATE, "2026-12-10", PLAN_NOTE, "按期排产"));

    verify(planConfirmed).notify(any(DelegateTask.class));
    verify(planDueDatesChecked).notify(any(DelegateTask.class));
    assertThat(order)
        .hasPassed(Elements.CONFIRM_PRODUCTION_PLAN)
        .isWaitingAt(Elements.ORDER_FULFILLED)
        .isNotEnded();
    assertThat(openTasks(order)).as("the order waits for its shipments").isZero();
    verifyNoInteractions(closeOrder);
  }

  @Test
  void aFailedProductionPlanIsRetriedNotLost() throws Exception {
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("edi");

    failOnce(
        order,
        Elements.ISSUE_PRODUCTION_PLAN,
        issueProductionPlan,
        "production system unavailable");

    assertThat(order).isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
    verifyNoInteractions(planConfirmed);
  }

  // --- phone orders: written confirmation in parallel with the review ---

  @Test
  void aPhoneOrderWaitsForTheWrittenConfirmation() throws Exception {
    reviews.add(CLEAN);

    ProcessInstance order = startOrder("phone");

    assertThat(order).variables().containsEntry(Variables.PHONE_ORDER.name(), true);
    assertThat(order)
        .hasPassed(Elements.REVIEW_ORDER)
        .isWaitingAt(Elements.OBTAIN_CONFIRMATION)
        .hasNotPassed(Elements.ISSUE_PRODUCTION_PLAN);
    assertThat(executionsAt(order, Elements.INTAKE_JOIN))
        .as("the reviewed order waits at the join")
        .isEqualTo(1);
    assertThat(
            managementService()
                .createJobQuery()
                .processInstanceId(order.getId())
                .activityId(Elements.ISSUE_PRODUCTION_PLAN)
                .count())
        .isZero();
    Task confirmation = task(order);
    assertThat(confirmation).isAssignedTo(ASSISTANT);
    assertShows(confirmation, "取得客户书面确认", deadlines.confirmationDue(), "obtain-confirmation");

    confirm(order);

    verify(confirmationRecorded).notify(any(DelegateTask.class));
    assertThat(order)
        .hasPassed(CONFIRMATION_JOIN, Elements.INTAKE_JOIN)
        .isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
    verify(reviewOrder).execute(any());
  }

  @Test
  void aConfirmedPhoneOrderStillWaitsForTheReview() throws Exception {
    reviews.add(LATE_DELIVERY);
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("phone");
    assertThat(order).isWaitingAt(Elements.OBTAIN_CONFIRMATION, Elements.CORRECT_ORDER);

    confirm(order);

    assertThat(order)
        .isWaitingAt(Elements.CORRECT_ORDER)
        .hasNotPassed(Elements.ISSUE_PRODUCTION_PLAN);
    assertThat(executionsAt(order, Elements.INTAKE_JOIN)).isEqualTo(1);

    correct(order, "revise", REVISED_LINES, "");

    assertThat(order).isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
    verify(reviewOrder, times(2)).execute(any());
  }

  @Test
  void theAssistantIsRemindedOfAMissingWrittenConfirmation() throws Exception {
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("phone");
    Task confirmation = task(order);
    Job reminder = timer(order, Elements.OBTAIN_CONFIRMATION);
    assertThat(reminder.getDuedate()).isEqualTo(daysAfterNow(1));
    verifyNoInteractions(remindConfirmation);

    execute(reminder);

    verify(remindConfirmation).notify(any(DelegateTask.class));
    assertThat(order).isWaitingAt(Elements.OBTAIN_CONFIRMATION);
    assertThat(task(order).getId()).isEqualTo(confirmation.getId());
    verifyNoInteractions(confirmationRecorded);
  }

  // --- review findings and the correction loop ---

  @Test
  void findingsOpenACorrectionAndTheRevisedOrderIsReviewedAgain() throws Exception {
    reviews.add(LATE_DELIVERY);
    reviews.add(CLEAN);

    ProcessInstance order = startOrder("fax");

    assertThat(order)
        .isWaitingAt(Elements.CORRECT_ORDER)
        .variables()
        .containsEntry(Variables.OPEN_FINDINGS.name(), 1)
        .containsEntry(Variables.FINDINGS_TEXT.name(), LATE_DELIVERY.findingsText());
    Task correction = task(order);
    assertThat(correction).isAssignedTo(ASSISTANT);
    assertShows(correction, "协调订单更正", deadlines.correctionDue(), "correct-order");
    assertThat(taskService().getVariables(correction.getId()))
        .doesNotContainKey(Variables.CORRECTION_ACTION.name());
    verifyNoInteractions(correctionRecorded);

    correct(order, "revise", REVISED_LINES, "");

    verify(correctionRecorded).notify(any(DelegateTask.class));
    verify(reviewOrder, times(2)).execute(any());
    assertThat(order)
        .hasPassed(Elements.PRICE_DEVIATION, Elements.REVIEW_JOIN)
        .hasNotPassed(Elements.CONFIRM_PRICE_DEVIATION)
        .isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN)
        .variables()
        .containsEntry(Variables.LINES_TEXT.name(), REVISED_LINES)
        .containsEntry(Variables.PRICE_DEVIATION_ACCEPTED.name(), false);
    verifyNoInteractions(priceDeviationRecorded);
  }

  @Test
  void acceptedFindingsWithoutAPriceDeviationNeedNoManager() throws Exception {
    reviews.add(LATE_DELIVERY);
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("mail");

    correct(order, "accept", "", "客户书面同意延后交期");

    assertThat(order)
        .hasNotPassed(Elements.CONFIRM_PRICE_DEVIATION)
        .isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN)
        .variables()
        .containsEntry(Variables.LINES_TEXT.name(), LINES);
    verify(reviewOrder, times(2)).execute(any());
    verifyNoInteractions(priceDeviationRecorded);
  }

  @Test
  void anAcceptedPriceDeviationIsConfirmedByTheSalesManager() throws Exception {
    reviews.add(PRICE_DEVIATION);
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("email");

    correct(order, "accept", "", "客户坚持按订单价 15 执行");

    assertThat(order)
        .isWaitingAt(Elements.CONFIRM_PRICE_DEVIATION)
        .variables()
        .containsEntry(Variables.PRICE_DEVIATION_ACCEPTED.name(), true);
    Task deviation = task(order);
    assertThat(deviation).hasCandidateGroup(SALES_MANAGER).isNotAssigned();
    assertShows(deviation, "确认价格偏差", deadlines.priceDeviationDue(), "confirm-price-deviation");
    verify(reviewOrder, times(1)).execute(any());

    decideDeviation(order, "confirm");

    verify(priceDeviationRecorded).notify(any(DelegateTask.class));
    verify(reviewOrder, times(2)).execute(any());
    assertThat(order).isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
    assertThat(historicTasks(order, Elements.CORRECT_ORDER)).isEqualTo(1);
  }

  @Test
  void aRejectedPriceDeviationGoesBackToTheAssistant() throws Exception {
    ProcessInstance order = priceDeviationRefused();

    verify(priceDeviationRecorded).notify(any(DelegateTask.class));
    verify(reviewOrder, times(2)).execute(any());
    assertThat(order).isWaitingAt(Elements.CORRECT_ORDER);
    assertThat(order).variables().doesNotContainKey(Variables.CORRECTION_ACTION.name());

    correct(order, "revise", "EC-R0603-103 100 12 2026-12-20", "");

    verify(reviewOrder, times(3)).execute(any());
    assertThat(order).isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
    assertThat(historicTasks(order, Elements.CORRECT_ORDER)).isEqualTo(2);
    assertThat(historicTasks(order, Elements.CONFIRM_PRICE_DEVIATION)).isEqualTo(1);
  }

  @Test
  void aPriceDeviationThatComesBackOpensUndecided() throws Exception {
    ProcessInstance order = priceDeviationRefused();

    correct(order, "accept", "", "客户书面确认只接受 15，业务员同意");

    Task again = task(Elements.CONFIRM_PRICE_DEVIATION, order);
    assertThat(taskService().getVariables(again.getId()))
        .as("the first decision is not preselected, nor its comment shown")
        .doesNotContainKeys(Variables.DEVIATION_DECISION.name(), DEVIATION_COMMENT);
    decideDeviation(order, "confirm");
    assertThat(order).isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
    assertThat(historicTasks(order, Elements.CONFIRM_PRICE_DEVIATION)).isEqualTo(2);
  }

  @Test
  void theAssistantIsRemindedOfAnOpenCorrection() throws Exception {
    reviews.add(LATE_DELIVERY);
    ProcessInstance order = startOrder("fax");
    Task correction = task(order);
    Job reminder = timer(order, Elements.CORRECT_ORDER);
    assertThat(reminder.getDuedate()).isEqualTo(daysAfterNow(2));
    verifyNoInteractions(remindCorrection);

    execute(reminder);

    verify(remindCorrection).notify(any(DelegateTask.class));
    assertThat(order).isWaitingAt(Elements.CORRECT_ORDER);
    assertThat(task(order).getId()).isEqualTo(correction.getId());
    verifyNoInteractions(correctionRecorded);
  }

  @Test
  void everyFiringOfTheCorrectionReminderIsItsOwnMailAndARetriedFiringTheSameMail()
      throws Exception {
    OrderMails mails = mock(OrderMails.class);
    engine.bean(Beans.REMIND_CORRECTION, new RemindOrderCorrection(mails));
    doThrow(new IllegalStateException("database unavailable"))
        .doNothing()
        .when(mails)
        .correctionReminder(anyLong(), anyString());
    reviews.add(LATE_DELIVERY);
    ProcessInstance order = startOrder("fax");
    Job first = timer(order, Elements.CORRECT_ORDER);

    assertThatThrownBy(() -> managementService().executeJob(first.getId()))
        .hasMessageContaining("database unavailable");
    execute(managementService().createJobQuery().jobId(first.getId()).singleResult());
    Job second = timer(order, Elements.CORRECT_ORDER);
    assertThat(second.getId()).as("the cycle's next firing").isNotEqualTo(first.getId());
    passTimer(second);

    ArgumentCaptor<String> firings = ArgumentCaptor.forClass(String.class);
    verify(mails, times(3)).correctionReminder(eq(ORDER_ID), firings.capture());
    String taskId = task(order).getId();
    assertThat(firings.getAllValues()).allSatisfy(firing -> assertThat(firing).startsWith(taskId));
    assertThat(firings.getAllValues().get(1))
        .as("the retried firing mails under the same key")
        .isEqualTo(firings.getAllValues().get(0));
    assertThat(firings.getAllValues().get(2))
        .as("the next firing is another mail")
        .isNotEqualTo(firings.getAllValues().get(0));
    assertThat(timer(order, Elements.CORRECT_ORDER).getId()).isNotEqualTo(second.getId());
  }

  // --- credit hold ---

  @Test
  void aCreditHoldGoesToFinanceAndIsReviewedAgain() throws Exception {
    reviews.add(ON_CREDIT_HOLD);
    reviews.add(CLEAN);

    ProcessInstance order = startOrder("fax");

    assertThat(order)
        .isWaitingAt(Elements.RESOLVE_CREDIT_HOLD)
        .hasNotPassed(Elements.CORRECT_ORDER);
    Task hold = task(order);
    assertThat(hold).hasCandidateGroup(FINANCE).isNotAssigned();
    assertShows(hold, "信用冻结处理", deadlines.creditHoldDue(), "resolve-credit-hold");

    resolveCreditHold(order, "yes");

    verify(creditHoldRecorded).notify(any(DelegateTask.class));
    verify(reviewOrder, times(2)).execute(any());
    assertThat(order).isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
  }

  @Test
  void aCreditHoldStillInPlaceComesBackToFinance() throws Exception {
    reviews.add(ON_CREDIT_HOLD);
    reviews.add(ON_CREDIT_HOLD);
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("fax");

    resolveCreditHold(order, "no");

    assertThat(order).isWaitingAt(Elements.RESOLVE_CREDIT_HOLD);
    assertThat(historicTasks(order, Elements.RESOLVE_CREDIT_HOLD)).isEqualTo(2);
    assertThat(taskService().getVariables(task(order).getId()))
        .as("finance answers again on a blank form")
        .doesNotContainKeys(CREDIT_HOLD_LIFTED, CREDIT_NOTE);
    verify(reviewOrder, times(2)).execute(any());

    resolveCreditHold(order, "yes");

    verify(creditHoldRecorded, times(2)).notify(any(DelegateTask.class));
    assertThat(order).isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
  }

  @Test
  void aPhoneOrderOnCreditHoldWithFindingsWalksEveryLoopToTheEnd() throws Exception {
    reviews.add(ON_CREDIT_HOLD);
    reviews.add(PRICE_DEVIATION);
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("phone");
    assertThat(order).isWaitingAt(Elements.OBTAIN_CONFIRMATION, Elements.RESOLVE_CREDIT_HOLD);

    resolveCreditHold(order, "yes");
    correct(order, "accept", "", "客户坚持按订单价 15 执行");
    decideDeviation(order, "confirm");

    assertThat(order)
        .isWaitingAt(Elements.OBTAIN_CONFIRMATION)
        .hasNotPassed(Elements.ISSUE_PRODUCTION_PLAN);
    confirm(order);
    execute(job(order, Elements.ISSUE_PRODUCTION_PLAN));
    complete(
        task(Elements.CONFIRM_PRODUCTION_PLAN, order),
        withVariables(PLANNED_COMPLETION_DATE, "2026-12-10"));

    assertThat(order)
        .hasPassed(Elements.CONFIRM_PRODUCTION_PLAN)
        .isWaitingAt(Elements.ORDER_FULFILLED);
    verify(reviewOrder, times(3)).execute(any());
    verify(issueProductionPlan).execute(any());
    assertThat(reviews).as("every scripted review round was used").isEmpty();
  }

  // --- production exceptions: a non-interrupting event sub-process ---

  @Test
  void anExceptionDuringTheCorrectionIsEscalatedWithoutDisturbingTheOrder() throws Exception {
    reviews.add(LATE_DELIVERY);
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("fax");
    Task correction = task(Elements.CORRECT_ORDER, order);

    raiseException(order, 7L);

    assertThat(order)
        .isWaitingAt(Elements.CORRECT_ORDER, Elements.NOTIFY_TOP_MANAGEMENT)
        .hasPassed(Elements.EXCEPTION_RAISED);
    assertThat(task(Elements.CORRECT_ORDER, order).getId()).isEqualTo(correction.getId());
    assertThat(runtimeService().getVariableLocal(order.getId(), Variables.EXCEPTION_ID.name()))
        .as("the exception id lives in the sub-process scope, not on the order")
        .isNull();
    verifyNoInteractions(notifyTopManagement);

    handleException(order, 7L);

    assertThat(order)
        .hasPassed(Elements.END_EXCEPTION_HANDLED)
        .isWaitingAt(Elements.CORRECT_ORDER)
        .hasNotPassed(Elements.ISSUE_PRODUCTION_PLAN);
    assertThat(task(Elements.CORRECT_ORDER, order).getId()).isEqualTo(correction.getId());
    assertThat(openTasks(order)).as("only the correction is left").isEqualTo(1);
    verifyNoInteractions(correctionRecorded);

    correct(order, "revise", REVISED_LINES, "");
    execute(job(order, Elements.ISSUE_PRODUCTION_PLAN));
    complete(
        task(Elements.CONFIRM_PRODUCTION_PLAN, order),
        withVariables(PLANNED_COMPLETION_DATE, "2026-12-10"));

    assertThat(order)
        .hasPassed(Elements.CONFIRM_PRODUCTION_PLAN)
        .isWaitingAt(Elements.ORDER_FULFILLED);
    assertThat(openTasks(order)).isZero();
    assertThat(historicTasks(order, Elements.CORRECT_ORDER)).isEqualTo(1);
  }

  @Test
  void anExceptionWhileProductionConfirmsThePlanIsEscalatedAndTheOrderGoesOn() throws Exception {
    ProcessInstance order = waitingForPlanConfirmation();
    Task plan = task(Elements.CONFIRM_PRODUCTION_PLAN, order);

    raiseException(order, 7L);

    assertThat(order).isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN, Elements.NOTIFY_TOP_MANAGEMENT);
    assertThat(task(Elements.CONFIRM_PRODUCTION_PLAN, order).getId()).isEqualTo(plan.getId());

    handleException(order, 7L);

    assertThat(order)
        .hasPassed(Elements.END_EXCEPTION_HANDLED)
        .isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN);
    assertThat(task(Elements.CONFIRM_PRODUCTION_PLAN, order).getId()).isEqualTo(plan.getId());
    assertThat(openTasks(order)).as("only the plan confirmation is left").isEqualTo(1);
    verifyNoInteractions(planConfirmed);

    complete(plan, withVariables(PLANNED_COMPLETION_DATE, "2026-12-10"));

    assertThat(order)
        .hasPassed(Elements.CONFIRM_PRODUCTION_PLAN)
        .isWaitingAt(Elements.ORDER_FULFILLED);
    verify(issueProductionPlan).execute(any());
  }

  @Test
  void anOpenExceptionKeepsTheOrderOpenAfterItIsClosed() throws Exception {
    ProcessInstance order = waitingForShipments();
    raiseException(order, 7L);
    execute(job(order, Elements.NOTIFY_TOP_MANAGEMENT));
    completingShipments.add(101L);

    ship(order, 101L);

    assertThat(order)
        .hasPassed(Elements.CLOSE_ORDER, Elements.END_CLOSED, Elements.END_SHIPPED)
        .isNotEnded()
        .isWaitingAt(Elements.DECIDE_EXCEPTION);

    complete(
        task(Elements.DECIDE_EXCEPTION, order),
        withVariables(Variables.EXCEPTION_DECISION.name(), "延期至 2026-12-20 交货"));
    complete(
        task(Elements.INFORM_CUSTOMER, order),
        withVariables(Variables.CUSTOMER_INFORMED_HOW.name(), "电话通知采购王经理，客户同意"));

    assertThat(order).hasPassed(Elements.END_EXCEPTION_HANDLED).isEnded();
  }

  @Test
  void twoExceptionsAtOnceRunSideBySide() throws Exception {
    ProcessInstance order = waitingForPlanConfirmation();

    raiseException(order, 7L);
    raiseException(order, 8L);
    verify(exceptionRaised, times(2)).notify(any(DelegateExecution.class));

    List<Job> notifications =
        managementService()
            .createJobQuery()
            .processInstanceId(order.getId())
            .activityId(Elements.NOTIFY_TOP_MANAGEMENT)
            .list();
    assertThat(notifications).hasSize(2);
    notifications.forEach(notification -> execute(notification));
    verify(notifyTopManagement, times(2)).execute(any());
    assertThat(notifiedExceptions).containsExactlyInAnyOrder(7L, 8L);

    assertThat(order).isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN, Elements.DECIDE_EXCEPTION);
    assertThat(decisionTaskOf(order, 7L).getId()).isNotEqualTo(decisionTaskOf(order, 8L).getId());

    complete(
        decisionTaskOf(order, 8L), withVariables(Variables.EXCEPTION_DECISION.name(), "改用替代料"));

    assertThat(order)
        .isWaitingAt(
            Elements.CONFIRM_PRODUCTION_PLAN, Elements.DECIDE_EXCEPTION, Elements.INFORM_CUSTOMER);
    Task inform8 = task(Elements.INFORM_CUSTOMER, order);
    assertThat(taskService().getVariable(inform8.getId(), Variables.EXCEPTION_ID.name()))
        .isEqualTo(8L);
    complete(inform8, withVariables(Variables.CUSTOMER_INFORMED_HOW.name(), "邮件通知，客户同意"));

    assertThat(historicActivities(order, Elements.END_EXCEPTION_HANDLED)).isEqualTo(1);
    assertThat(order).isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN, Elements.DECIDE_EXCEPTION);
    assertThat(
            taskService()
                .getVariable(
                    task(Elements.DECIDE_EXCEPTION, order).getId(), Variables.EXCEPTION_ID.name()))
        .isEqualTo(7L);

    handleDecision(order, 7L);

    assertThat(historicActivities(order, Elements.END_EXCEPTION_HANDLED)).isEqualTo(2);
    assertThat(historicActivities(order, Elements.EXCEPTION_RAISED)).isEqualTo(2);
    verify(exceptionDecided, times(2)).notify(any(DelegateTask.class));
    verify(customerInformed, times(2)).notify(any(DelegateTask.class));
    assertThat(order).isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN);

    complete(
        task(Elements.CONFIRM_PRODUCTION_PLAN, order),
        withVariables(PLANNED_COMPLETION_DATE, "2026-12-10"));
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED);
  }

  @Test
  void theNextExceptionOpensTheInformFormBlank() throws Exception {
    ProcessInstance order = waitingForPlanConfirmation();
    raiseException(order, 7L);
    handleException(order, 7L);

    raiseException(order, 8L);
    execute(job(order, Elements.NOTIFY_TOP_MANAGEMENT));
    complete(
        decisionTaskOf(order, 8L), withVariables(Variables.EXCEPTION_DECISION.name(), "改用替代料"));

    Task inform = task(Elements.INFORM_CUSTOMER, order);
    assertThat(taskService().getVariable(inform.getId(), Variables.EXCEPTION_ID.name()))
        .isEqualTo(8L);
    assertThat(taskService().getVariable(inform.getId(), Variables.CUSTOMER_INFORMED_HOW.name()))
        .as("the customer's answer to exception 7 is not shown for exception 8")
        .isNull();
    complete(inform, withVariables(Variables.CUSTOMER_INFORMED_HOW.name(), "邮件通知，客户同意"));
    assertThat(runtimeService().getVariables(order.getId()))
        .doesNotContainKey(Variables.CUSTOMER_INFORMED_HOW.name());
    assertThat(historicActivities(order, Elements.END_EXCEPTION_HANDLED)).isEqualTo(2);
  }

  @Test
  void aFailedNotificationIsRetriedNotLost() throws Exception {
    ProcessInstance order = waitingForPlanConfirmation();
    raiseException(order, 7L);

    failOnce(order, Elements.NOTIFY_TOP_MANAGEMENT, notifyTopManagement, "mail server unavailable");

    assertThat(order).isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN, Elements.NOTIFY_TOP_MANAGEMENT);
    verifyNoInteractions(exceptionDecided);
  }

  // --- shipments: a non-interrupting event sub-process per batch of finished goods ---

  @Test
  void finishedGoodsAreShippedButAPartialShipmentLeavesTheOrderOpen() throws Exception {
    ProcessInstance order = waitingForShipments();

    goodsReady(order, 101L);

    verify(shipmentStarted).notify(any(DelegateExecution.class));
    assertThat(order)
        .hasPassed(Elements.GOODS_READY)
        .isWaitingAt(Elements.ORDER_FULFILLED, Elements.ISSUE_STOCK_NOTICE);
    assertThat(runtimeService().getVariablesLocal(order.getId()))
        .as("the shipment id lives in the sub-process scope, not on the order")
        .doesNotContainKey(Variables.SHIPMENT_ID.name());
    Job notice = job(order, Elements.ISSUE_STOCK_NOTICE);
    assertThat(runtimeService().getVariable(notice.getExecutionId(), Variables.SHIPMENT_ID.name()))
        .isEqualTo(101L);
    verifyNoInteractions(issueStockNotice);

    execute(notice);

    verify(issueStockNotice).execute(any());
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.CHOOSE_TRANSPORT);
    Task transport = task(Elements.CHOOSE_TRANSPORT, order);
    assertThat(transport).isAssignedTo(ASSISTANT);
    assertShows(transport, "选择运输方式", deadlines.transportChoiceDue(), "choose-transport");
    assertThat(taskService().getVariables(transport.getId()))
        .as("the form shows the order, the batch and the proposal, with the proposed mode chosen")
        .containsEntry(Variables.ORDER_NUMBER.name(), ORDER_NUMBER)
        .containsEntry(Variables.SHIPMENT_DOCUMENT.name(), "出库单")
        .containsEntry(Variables.SHIPMENT_SUMMARY.name(), shipmentSummaryOf(101L))
        .containsEntry(Variables.TRANSPORT_PROPOSAL.name(), TRANSPORT_PROPOSAL)
        .containsEntry(Variables.TRANSPORT_MODE.name(), "TRUCK");
    verifyNoInteractions(transportChosen);

    complete(transport, withVariables(Variables.TRANSPORT_MODE.name(), "EXPRESS"));

    verify(transportChosen).notify(any(DelegateTask.class));
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.RECORD_OUTBOUND);
    Task outbound = task(Elements.RECORD_OUTBOUND, order);
    assertThat(outbound).hasCandidateGroup(WAREHOUSE).isNotAssigned();
    assertShows(outbound, "登记出库", deadlines.outboundDue(), "record-outbound");
    assertThat(taskService().getVariables(outbound.getId()))
        .containsEntry(Variables.TRANSPORT_MODE.name(), "EXPRESS")
        .containsEntry(Variables.SHIPPED_LINES_TEXT.name(), "1 50");
    assertThat(runtimeService().getVariablesLocal(order.getId()))
        .as("the chosen mode stays with its shipment")
        .doesNotContainKey(Variables.TRANSPORT_MODE.name());

    recordOutbound(outbound, "顺丰速运", "SF1234567890");

    verify(outboundRecorded).notify(any(DelegateTask.class));
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.NOTIFY_CUSTOMER_OF_SHIPMENT);
    verifyNoInteractions(notifyCustomerOfShipment);

    execute(job(order, Elements.NOTIFY_CUSTOMER_OF_SHIPMENT));

    verify(notifyCustomerOfShipment).execute(any());
    assertThat(notifiedShipments).containsExactly(101L);
    assertThat(order)
        .hasPassed(Elements.END_SHIPPED)
        .hasNotPassed(Elements.CLOSE_ORDER)
        .isWaitingAt(Elements.ORDER_FULFILLED)
        .variables()
        .containsEntry(Variables.FULFILLED.name(), false)
        .doesNotContainKeys(
            Variables.SHIPMENT_ID.name(),
            Variables.CARRIER.name(),
            Variables.TRACKING_NUMBER.name(),
            Variables.SHIPPED_LINES_TEXT.name());
    assertThat(openTasks(order)).isZero();
    verifyNoInteractions(closeOrder);
  }

  @Test
  void theShipmentThatFulfilsTheOrderClosesIt() throws Exception {
    ProcessInstance order = waitingForShipments();
    ship(order, 101L);
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED);
    verifyNoInteractions(closeOrder);
    completingShipments.add(102L);

    goodsReady(order, 102L);
    execute(shipmentJob(order, Elements.ISSUE_STOCK_NOTICE, 102L));
    chooseTransport(order, 102L, "TRUCK");
    recordOutbound(shipmentTask(order, Elements.RECORD_OUTBOUND, 102L), "德邦物流", "DB778812");

    verify(closeOrder).execute(any());
    assertThat(order)
        .hasPassed(Elements.ORDER_FULFILLED, Elements.CLOSE_ORDER, Elements.END_CLOSED)
        .isWaitingAt(Elements.NOTIFY_CUSTOMER_OF_SHIPMENT)
        .variables()
        .containsEntry(Variables.FULFILLED.name(), true);

    execute(job(order, Elements.NOTIFY_CUSTOMER_OF_SHIPMENT));

    assertThat(notifiedShipments).containsExactly(101L, 102L);
    assertThat(order).hasPassed(Elements.END_SHIPPED).isEnded();
    assertThat(historicActivities(order, Elements.END_SHIPPED)).isEqualTo(2);
    assertThat(historicActivities(order, Elements.END_CLOSED)).isEqualTo(1);
    verify(outboundRecorded, times(2)).notify(any(DelegateTask.class));
  }

  @Test
  void twoShipmentsAtOnceKeepTheirOwnDetails() throws Exception {
    ProcessInstance order = waitingForShipments();

    goodsReady(order, 101L);
    goodsReady(order, 102L);

    List<Job> notices =
        managementService()
            .createJobQuery()
            .processInstanceId(order.getId())
            .activityId(Elements.ISSUE_STOCK_NOTICE)
            .list();
    assertThat(notices).hasSize(2);
    notices.forEach(notice -> execute(notice));
    verify(issueStockNotice, times(2)).execute(any());
    assertThat(openTasks(order, Elements.CHOOSE_TRANSPORT)).isEqualTo(2);
    assertThat(
            taskService()
                .getVariable(
                    shipmentTask(order, Elements.CHOOSE_TRANSPORT, 102L).getId(),
                    Variables.SHIPMENT_SUMMARY.name()))
        .isEqualTo(shipmentSummaryOf(102L));

    chooseTransport(order, 102L, "SEA");
    chooseTransport(order, 101L, "EXPRESS");

    Task outbound101 = shipmentTask(order, Elements.RECORD_OUTBOUND, 101L);
    Task outbound102 = shipmentTask(order, Elements.RECORD_OUTBOUND, 102L);
    assertThat(taskService().getVariable(outbound101.getId(), Variables.TRANSPORT_MODE.name()))
        .isEqualTo("EXPRESS");
    assertThat(taskService().getVariable(outbound102.getId(), Variables.TRANSPORT_MODE.name()))
        .isEqualTo("SEA");
    assertThat(runtimeService().getVariablesLocal(order.getId()))
        .doesNotContainKeys(
            Variables.SHIPMENT_ID.name(),
            Variables.TRANSPORT_MODE.name(),
            Variables.SHIPMENT_SUMMARY.name());

    recordOutbound(outbound102, "中远海运", "COSU6543210");
    recordOutbound(outbound101, "顺丰速运", "SF1234567890");

    List<Job> notifications =
        managementService()
            .createJobQuery()
            .processInstanceId(order.getId())
            .activityId(Elements.NOTIFY_CUSTOMER_OF_SHIPMENT)
            .list();
    assertThat(notifications).hasSize(2);
    Map<Object, Object> carriers = new HashMap<>();
    notifications.forEach(
        notification ->
            carriers.put(
                runtimeService()
                    .getVariable(notification.getExecutionId(), Variables.SHIPMENT_ID.name()),
                runtimeService()
                    .getVariable(notification.getExecutionId(), Variables.CARRIER.name())));
    assertThat(carriers).containsOnly(Map.entry(101L, "顺丰速运"), Map.entry(102L, "中远海运"));
    assertThat(runtimeService().getVariablesLocal(order.getId()))
        .doesNotContainKeys(
            Variables.CARRIER.name(),
            Variables.TRACKING_NUMBER.name(),
            Variables.SHIPPED_ON.name());

    notifications.forEach(notification -> execute(notification));

    assertThat(notifiedShipments).containsExactlyInAnyOrder(101L, 102L);
    assertThat(historicActivities(order, Elements.END_SHIPPED)).isEqualTo(2);
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED).hasNotPassed(Elements.CLOSE_ORDER);
  }

  @Test
  void aFailedStockPreparationNoticeIsRetriedNotLost() throws Exception {
    ProcessInstance order = waitingForShipments();
    goodsReady(order, 101L);

    Job retried =
        failOnce(order, Elements.ISSUE_STOCK_NOTICE, issueStockNotice, "mail server unavailable");

    assertThat(runtimeService().getVariable(retried.getExecutionId(), Variables.SHIPMENT_ID.name()))
        .isEqualTo(101L);
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.ISSUE_STOCK_NOTICE);
    assertThat(openTasks(order)).isZero();
    verifyNoInteractions(transportChosen);
  }

  @Test
  void aFailedShipmentNoticeToTheCustomerIsRetriedNotLost() throws Exception {
    ProcessInstance order = waitingForShipments();
    goodsReady(order, 101L);
    execute(job(order, Elements.ISSUE_STOCK_NOTICE));
    chooseTransport(order, 101L, "TRUCK");
    recordOutbound(task(Elements.RECORD_OUTBOUND, order), "德邦物流", "DB778812");

    failOnce(
        order,
        Elements.NOTIFY_CUSTOMER_OF_SHIPMENT,
        notifyCustomerOfShipment,
        "mail server unavailable");

    assertThat(order)
        .isWaitingAt(Elements.ORDER_FULFILLED, Elements.NOTIFY_CUSTOMER_OF_SHIPMENT)
        .hasNotPassed(Elements.END_SHIPPED);
  }

  // --- approved changes: a non-interrupting event sub-process ---

  @Test
  void aChangeAfterThePlanWasIssuedIsReconfirmedByProduction() throws Exception {
    ProcessInstance order = waitingForShipments();

    changeApproved(order, CHANGE_ID);

    verify(applyOrderChange).execute(any());
    assertThat(order)
        .hasPassed(Elements.CHANGE_APPROVED, Elements.APPLY_CHANGE, Elements.PLAN_AFFECTED)
        .isWaitingAt(Elements.ORDER_FULFILLED, Elements.RECONFIRM_PLAN);
    assertThat(runtimeService().getVariablesLocal(order.getId()))
        .as("the change lives in the sub-process scope, not on the order")
        .doesNotContainKeys(Variables.ORDER_CHANGE_ID.name(), Variables.PLAN_AFFECTED.name());
    Task reconfirm = task(Elements.RECONFIRM_PLAN, order);
    assertThat(reconfirm).hasCandidateGroup(PRODUCTION).isNotAssigned();
    assertShows(
        reconfirm, "确认变更后的生产计划", deadlines.planConfirmationDue(), "confirm-production-plan");
    assertThat(taskService().getVariables(reconfirm.getId()))
        .containsEntry(Variables.ORDER_CHANGE_ID.name(), CHANGE_ID)
        .containsEntry(Variables.PLAN_AFFECTED.name(), true);

    complete(
        reconfirm, withVariables(PLANNED_COMPLETION_DATE, "2027-01-15", PLAN_NOTE, "按变更后数量追加排产"));

    verify(planConfirmed, times(2)).notify(any(DelegateTask.class));
    // the changed plan is checked against the due dates too
    verify(planDueDatesChecked, times(2)).notify(any(DelegateTask.class));
    assertThat(order)
        .hasPassed(Elements.END_CHANGED_PLAN_CONFIRMED)
        .hasNotPassed(Elements.END_CHANGE_APPLIED)
        .isWaitingAt(Elements.ORDER_FULFILLED)
        .variables()
        .containsEntry(PLANNED_COMPLETION_DATE, "2027-01-15");
    assertThat(openTasks(order)).isZero();
  }

  @Test
  void aChangeBeforeAnyPlanIsIssuedIsAppliedWithoutProduction() throws Exception {
    reviews.add(LATE_DELIVERY);
    ProcessInstance order = startOrder("fax");
    Task correction = task(Elements.CORRECT_ORDER, order);

    changeApproved(order, CHANGE_ID);

    verify(applyOrderChange).execute(any());
    assertThat(order)
        .hasPassed(Elements.APPLY_CHANGE, Elements.PLAN_AFFECTED, Elements.END_CHANGE_APPLIED)
        .hasNotPassed(Elements.RECONFIRM_PLAN)
        .isWaitingAt(Elements.CORRECT_ORDER);
    assertThat(task(Elements.CORRECT_ORDER, order).getId()).isEqualTo(correction.getId());
    assertThat(openTasks(order)).isEqualTo(1);
    assertThat(order)
        .variables()
        .doesNotContainKeys(Variables.ORDER_CHANGE_ID.name(), Variables.PLAN_AFFECTED.name());
    verifyNoInteractions(planConfirmed);
  }

  // --- cancellation: an interrupting event sub-process ---

  @Test
  void aCancellationEndsEverythingOpenOnTheOrder() throws Exception {
    ProcessInstance order = waitingForShipments();
    goodsReady(order, 101L);
    execute(job(order, Elements.ISSUE_STOCK_NOTICE));
    chooseTransport(order, 101L, "TRUCK");
    goodsReady(order, 102L);
    raiseException(order, 7L);
    execute(job(order, Elements.NOTIFY_TOP_MANAGEMENT));
    changeApproved(order, CHANGE_ID);
    assertThat(order)
        .isWaitingAt(
            Elements.ORDER_FULFILLED,
            Elements.RECORD_OUTBOUND,
            Elements.ISSUE_STOCK_NOTICE,
            Elements.DECIDE_EXCEPTION,
            Elements.RECONFIRM_PLAN);
    assertThat(openTasks(order)).isEqualTo(3);

    cancel(order, "客户项目取消，余量不再需要");

    verify(cancelOrder).execute(any());
    assertThat(cancellations).containsExactly("客户项目取消，余量不再需要");
    assertThat(order)
        .hasPassed(Elements.CANCELLATION_APPROVED, Elements.CANCEL_ORDER, Elements.END_CANCELLED)
        .hasNotPassed(
            Elements.CLOSE_ORDER,
            Elements.END_CLOSED,
            Elements.END_SHIPPED,
            Elements.END_EXCEPTION_HANDLED,
            Elements.END_CHANGED_PLAN_CONFIRMED)
        .isEnded();
    assertThat(openTasks(order)).isZero();
    assertThat(managementService().createJobQuery().processInstanceId(order.getId()).count())
        .as("the open stock notice is gone too")
        .isZero();
    verifyNoInteractions(outboundRecorded, notifyCustomerOfShipment, exceptionDecided, closeOrder);
    verify(issueStockNotice, times(1)).execute(any());
  }

  @Test
  void anOrderCancelledDuringIntakeNeverReachesProduction() throws Exception {
    reviews.add(LATE_DELIVERY);
    ProcessInstance order = startOrder("phone");
    assertThat(order).isWaitingAt(Elements.OBTAIN_CONFIRMATION, Elements.CORRECT_ORDER);

    cancel(order, "客户撤回订单");

    verify(cancelOrder).execute(any());
    assertThat(order)
        .hasPassed(Elements.END_CANCELLED)
        .hasNotPassed(Elements.ISSUE_PRODUCTION_PLAN, Elements.CLOSE_ORDER)
        .isEnded();
    assertThat(openTasks(order)).isZero();
    assertThat(managementService().createJobQuery().processInstanceId(order.getId()).count())
        .as("the reminder timers are gone")
        .isZero();
    verifyNoInteractions(confirmationRecorded, correctionRecorded, issueProductionPlan);
  }

  // --- walking the process ---

  private ProcessInstance waitingForPlanConfirmation() {
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("email");
    execute(job(order, Elements.ISSUE_PRODUCTION_PLAN));
    assertThat(order).isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN);
    return order;
  }

  private static void raiseException(ProcessInstance order, long exceptionId) {
    runtimeService()
        .createMessageCorrelation(Messages.PRODUCTION_EXCEPTION)
        .processInstanceId(order.getId())
        .setVariableToTriggeredScope(Variables.EXCEPTION_ID.name(), exceptionId)
        .correlate();
  }

  /** Walks the only open exception: notification job, the GM's decision, informing the customer. */
  private void handleException(ProcessInstance order, long exceptionId) throws Exception {
    Job notify = job(order, Elements.NOTIFY_TOP_MANAGEMENT);
    assertThat(runtimeService().getVariable(notify.getExecutionId(), Variables.EXCEPTION_ID.name()))
        .isEqualTo(exceptionId);
    execute(notify);
    verify(notifyTopManagement).execute(any());
    assertThat(notifiedExceptions).containsExactly(exceptionId);
    handleDecision(order, exceptionId);
  }

  /** The GM decides the exception with the given id, then the assistant informs the customer. */
  private void handleDecision(ProcessInstance order, long exceptionId) {
    Task decision = decisionTaskOf(order, exceptionId);
    assertThat(decision).hasCandidateGroup(GENERAL_MANAGER).isNotAssigned();
    assertShows(decision, "高层决定异常处理", deadlines.exceptionDecisionDue(), "decide-exception");
    assertThat(taskService().getVariable(decision.getId(), Variables.EXCEPTION_SUMMARY.name()))
        .isEqualTo(summaryOf(exceptionId));
    long decided =
        historicTasks(order, Elements.DECIDE_EXCEPTION)
            - openTasks(order, Elements.DECIDE_EXCEPTION);

    complete(decision, withVariables(Variables.EXCEPTION_DECISION.name(), "延期至 2026-12-20 交货"));

    verify(exceptionDecided, times((int) decided + 1)).notify(any(DelegateTask.class));
    assertThat(order).isWaitingAt(Elements.INFORM_CUSTOMER);
    Task inform = task(Elements.INFORM_CUSTOMER, order);
    assertThat(inform).isAssignedTo(ASSISTANT);
    assertShows(inform, "通知客户异常处理结果", deadlines.informCustomerDue(), "inform-customer");
    assertThat(taskService().getVariable(inform.getId(), Variables.EXCEPTION_ID.name()))
        .isEqualTo(exceptionId);
    long informed = historicTasks(order, Elements.INFORM_CUSTOMER) - 1;

    complete(inform, withVariables(Variables.CUSTOMER_INFORMED_HOW.name(), "电话通知采购王经理，客户同意延期"));

    verify(customerInformed, times((int) informed + 1)).notify(any(DelegateTask.class));
  }

  private static Task decisionTaskOf(ProcessInstance order, long exceptionId) {
    List<Task> decisions =
        taskService()
            .createTaskQuery()
            .processInstanceId(order.getId())
            .taskDefinitionKey(Elements.DECIDE_EXCEPTION)
            .list()
            .stream()
            .filter(
                t ->
                    Long.valueOf(exceptionId)
                        .equals(
                            taskService().getVariable(t.getId(), Variables.EXCEPTION_ID.name())))
            .toList();
    assertThat(decisions).as("decision tasks for exception " + exceptionId).hasSize(1);
    return decisions.get(0);
  }

  private static String summaryOf(long exceptionId) {
    return "异常 " + exceptionId + "：贴片电阻缺料，预计延误 10 天";
  }

  /** The main flow is past the plan confirmation and waits for the order to be fulfilled. */
  private ProcessInstance waitingForShipments() {
    ProcessInstance order = waitingForPlanConfirmation();
    complete(
        task(Elements.CONFIRM_PRODUCTION_PLAN, order),
        withVariables(PLANNED_COMPLETION_DATE, "2026-12-10"));
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED);
    return order;
  }

  /** Production reports a batch; the message puts its id in the batch's sub-process scope. */
  private static void goodsReady(ProcessInstance order, long shipmentId) {
    runtimeService()
        .createMessageCorrelation(Messages.GOODS_READY)
        .processInstanceId(order.getId())
        .setVariableToTriggeredScope(Variables.SHIPMENT_ID.name(), shipmentId)
        .correlate();
  }

  /** An approved change reaches the order; the message puts its row id in the change's scope. */
  private static void changeApproved(ProcessInstance order, long changeId) {
    runtimeService()
        .createMessageCorrelation(Messages.ORDER_CHANGE_APPROVED)
        .processInstanceId(order.getId())
        .setVariableToTriggeredScope(Variables.ORDER_CHANGE_ID.name(), changeId)
        .correlate();
  }

  private static void cancel(ProcessInstance order, String reason) {
    runtimeService()
        .createMessageCorrelation(Messages.ORDER_CANCELLED)
        .processInstanceId(order.getId())
        .setVariable(Variables.CANCELLATION_REASON.name(), reason)
        .correlate();
  }

  /** Walks one whole shipment: stock notice, transport, outbound, customer notice. */
  private void ship(ProcessInstance order, long shipmentId) {
    goodsReady(order, shipmentId);
    execute(shipmentJob(order, Elements.ISSUE_STOCK_NOTICE, shipmentId));
    chooseTransport(order, shipmentId, "TRUCK");
    recordOutbound(
        shipmentTask(order, Elements.RECORD_OUTBOUND, shipmentId), "德邦物流", "DB" + shipmentId);
    execute(shipmentJob(order, Elements.NOTIFY_CUSTOMER_OF_SHIPMENT, shipmentId));
  }

  private static void chooseTransport(ProcessInstance order, long shipmentId, String mode) {
    complete(
        shipmentTask(order, Elements.CHOOSE_TRANSPORT, shipmentId),
        withVariables(Variables.TRANSPORT_MODE.name(), mode));
  }

  private static void recordOutbound(Task outbound, String carrier, String trackingNumber) {
    complete(
        outbound,
        withVariables(
            Variables.SHIPPED_LINES_TEXT.name(),
            "1 50",
            Variables.CARRIER.name(),
            carrier,
            Variables.TRACKING_NUMBER.name(),
            trackingNumber,
            Variables.SHIPPED_ON.name(),
            "2026-03-10"));
  }

  private static Task shipmentTask(
      ProcessInstance order, String taskDefinitionKey, long shipmentId) {
    List<Task> tasks =
        taskService()
            .createTaskQuery()
            .processInstanceId(order.getId())
            .taskDefinitionKey(taskDefinitionKey)
            .list()
            .stream()
            .filter(
                t ->
                    Long.valueOf(shipmentId)
                        .equals(taskService().getVariable(t.getId(), Variables.SHIPMENT_ID.name())))
            .toList();
    assertThat(tasks).as(taskDefinitionKey + " of shipment " + shipmentId).hasSize(1);
    return tasks.get(0);
  }

  private static Job shipmentJob(ProcessInstance order, String activityId, long shipmentId) {
    List<Job> jobs =
        managementService()
            .createJobQuery()
            .processInstanceId(order.getId())
            .activityId(activityId)
            .list()
            .stream()
            .filter(
                j ->
                    Long.valueOf(shipmentId)
                        .equals(
                            runtimeService()
                                .getVariable(j.getExecutionId(), Variables.SHIPMENT_ID.name())))
            .toList();
    assertThat(jobs).as(activityId + " of shipment " + shipmentId).hasSize(1);
    return jobs.get(0);
  }

  private static String shipmentSummaryOf(long shipmentId) {
    return "批次 " + shipmentId + "：第1行 EC-R0603-103 50";
  }

  private ProcessInstance startOrder(String channel) {
    Map<String, Object> order = new HashMap<>();
    order.put(CustomerScope.CUSTOMER_CODE, "C0001");
    order.put(CustomerScope.CUSTOMER_ASSISTANT, ASSISTANT);
    order.put(CHANNEL, channel);
    order.put(CUSTOMER_PO, "PO-88231");
    order.put(RECEIVED_AT, "2026-03-02T09:15");
    order.put(Variables.LINES_TEXT.name(), LINES);
    order.put(SPECIAL_REQUIREMENTS, "每盘贴客户料号标签，附出货检验报告");
    return runtimeService().startProcessInstanceByKey(SalesOrderProcess.KEY, order);
  }

  private void confirm(ProcessInstance order) {
    complete(
        task(Elements.OBTAIN_CONFIRMATION, order),
        withVariables(
            CONFIRMATION_REFERENCE, "传真 0512-6688 2026-03-02",
            CONFIRMED_ON, "2026-03-02"));
  }

  private void correct(ProcessInstance order, String action, String revisedLines, String reason) {
    complete(
        task(Elements.CORRECT_ORDER, order),
        withVariables(
            Variables.CORRECTION_ACTION.name(),
            action,
            REVISED_LINES_TEXT,
            revisedLines,
            ACCEPTANCE_REASON,
            reason));
  }

  /** An order whose price deviation the assistant accepted and the manager refused. */
  private ProcessInstance priceDeviationRefused() {
    reviews.add(PRICE_DEVIATION);
    reviews.add(PRICE_DEVIATION);
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("email");
    correct(order, "accept", "", "客户坚持按订单价 15 执行");
    decideDeviation(order, "reject");
    return order;
  }

  private void decideDeviation(ProcessInstance order, String decision) {
    complete(
        task(Elements.CONFIRM_PRICE_DEVIATION, order),
        withVariables(
            Variables.DEVIATION_DECISION.name(),
            decision,
            DEVIATION_COMMENT,
            "reject".equals(decision) ? "请按价格协议 12 与客户再确认" : ""));
  }

  private void resolveCreditHold(ProcessInstance order, String lifted) {
    complete(
        task(Elements.RESOLVE_CREDIT_HOLD, order),
        withVariables(
            CREDIT_HOLD_LIFTED,
            lifted,
            CREDIT_NOTE,
            "yes".equals(lifted) ? "客户已付清逾期货款" : "逾期货款仍未付"));
  }

  private static long openTasks(ProcessInstance order) {
    return taskService().createTaskQuery().processInstanceId(order.getId()).count();
  }

  private static long openTasks(ProcessInstance order, String taskDefinitionKey) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(order.getId())
        .taskDefinitionKey(taskDefinitionKey)
        .count();
  }

  private static long historicActivities(ProcessInstance order, String activityId) {
    return historyService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(order.getId())
        .activityId(activityId)
        .finished()
        .count();
  }

  private static long executionsAt(ProcessInstance order, String activityId) {
    return runtimeService()
        .createExecutionQuery()
        .processInstanceId(order.getId())
        .activityId(activityId)
        .count();
  }

  private static Date daysAfterNow(int days) {
    return Date.from(NOW.plus(Duration.ofDays(days)));
  }

  /** Stands in for the {@code orderDeadlines} bean: fixed due dates, the default reminders. */
  public static final class Deadlines {

    public Date confirmationDue() {
      return daysAfterNow(1);
    }

    public Date correctionDue() {
      return daysAfterNow(5);
    }

    public Date creditHoldDue() {
      return daysAfterNow(3);
    }

    public Date priceDeviationDue() {
      return daysAfterNow(2);
    }

    public Date planConfirmationDue() {
      return daysAfterNow(4);
    }

    public Date exceptionDecisionDue() {
      return daysAfterNow(1);
    }

    public Date informCustomerDue() {
      return daysAfterNow(2);
    }

    public Date transportChoiceDue() {
      return daysAfterNow(1);
    }

    public Date outboundDue() {
      return daysAfterNow(2);
    }

    public String getConfirmationReminder() {
      return "P1D";
    }

    public String getCorrectionReminder() {
      return "P2D";
    }
  }
}
