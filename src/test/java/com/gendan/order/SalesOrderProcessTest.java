package com.gendan.order;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.failOnce;
import static com.gendan.ProcessTestEngine.historicTasks;
import static com.gendan.ProcessTestEngine.job;
import static com.gendan.ProcessTestEngine.passTimer;
import static com.gendan.ProcessTestEngine.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
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
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.DeployedForms;
import com.gendan.ProcessTestEngine;
import com.gendan.order.SalesOrderProcess.Beans;
import com.gendan.order.SalesOrderProcess.Elements;
import com.gendan.order.SalesOrderProcess.Messages;
import com.gendan.order.SalesOrderProcess.Variables;
import com.gendan.orderchange.OrderChangeProcessBeans;
import com.gendan.process.Actors;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.production.ExceptionKind;
import com.gendan.production.ProductionExceptionProcessBeans;
import com.gendan.scope.CustomerScope;
import com.gendan.shipment.OutboundRequest;
import com.gendan.shipment.ShipmentProcessBeans;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.VariableScope;
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
 * (camunda.cfg.xml): the model and its forms are deployed, and every delegate and listener the
 * model names is the real bean (those of the shipment, production exception and change packages
 * through their {@code *ProcessBeans}), built over Mockito mocks of the services behind them. The
 * forms are submitted as Tasklist submits them, so the real listeners parse them. The order service
 * answers the review from a queue the test scripts, so each loop (correction, price deviation,
 * credit hold) can be walked round by round; what the listeners hand the services is checked as
 * typed arguments. Messages that start an event sub-process carry their variables into its scope as
 * the application sends them (setVariablesToTriggeredScope).
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
      "forms/record-outbound.form",
      "forms/inspect-outgoing-goods.form"
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
  private static final String QUALITY = "quality";
  private static final long ORDER_ID = 4711L;
  private static final long CUSTOMER_ID = 17L;
  private static final String ORDER_NUMBER = "SO-2026-0001";
  private static final String CUSTOMER_NAME = "苏州华东精密机械有限公司";
  private static final String LINES = "EC-R0603-103 100 15 2026-12-20";
  private static final String REVISED_LINES = "EC-R0603-103 100 15 2027-01-20";
  private static final long CHANGE_ID = 31L;

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
  private static final String ADDED_SPECIAL_REQUIREMENTS = "addedSpecialRequirements";
  private static final String ACCEPTANCE_REASON = "acceptanceReason";
  private static final String DEVIATION_COMMENT = "deviationComment";
  private static final String PLANNED_COMPLETION_DATE = "plannedCompletionDate";
  private static final String PLAN_NOTE = "planNote";

  /** What the automatic review finds in one round: nothing. */
  private static final List<Finding> CLEAN = List.of();

  private static final List<Finding> LATE_DELIVERY =
      List.of(
          new Finding(
              FindingCode.DATE_TOO_EARLY,
              1,
              "要求交期 2026-03-20 早于最早可交期 2026-04-01（交货周期 30 天）",
              "EC-R0603-103|2026-03-20"));
  private static final List<Finding> PRICE_DEVIATION =
      List.of(
          new Finding(
              FindingCode.PRICE_MISMATCH,
              1,
              "订单单价 CNY 15，有效报价 CNY 12（报价 BJ-2026-00001 第1版）",
              "EC-R0603-103|CNY|15|CNY|12"));
  private static final List<Finding> ON_CREDIT_HOLD =
      List.of(new Finding(FindingCode.CREDIT_HOLD, null, "客户 恒达电子 因逾期货款处于信用冻结", "C001"));

  private final Deadlines deadlines = engine.bean(Beans.DEADLINES, new Deadlines());

  /** What the review finds, one entry per review round. */
  private final Deque<List<Finding>> reviews = new ArrayDeque<>();

  // The services behind the real beans, mocked; their answers are scripted in stubServices.
  private final OrderService orderService = mock(OrderService.class);
  private final OrderFormVariables formVariables = mock(OrderFormVariables.class);
  private final OrderMails mails = mock(OrderMails.class);

  /** The order as registered and revised; null until registration. */
  private SalesOrder registered;

  /** The findings of the latest review round. */
  private List<Finding> findings = List.of();

  /** Whether the production plan order went to production (a change then affects the plan). */
  private boolean planIssued;

  private final ShipmentProcessBeans shipments =
      new ShipmentProcessBeans(engine, ORDER_ID, ORDER_NUMBER);
  private final ProductionExceptionProcessBeans exceptions =
      new ProductionExceptionProcessBeans(engine, ORDER_ID, shipments.shipments());
  private final OrderChangeProcessBeans changes =
      new OrderChangeProcessBeans(
          engine, ORDER_ID, orderService, formVariables, shipments.shipments(), () -> planIssued);

  SalesOrderProcessTest() {
    engine.bean(
        Beans.REGISTER_ORDER,
        new RegisterOrder(orderService, formVariables, engine.clock(), engine.formLabels()));
    engine.bean(
        Beans.CONFIRMATION_RECORDED,
        new OrderConfirmationRecorded(orderService, engine.formLabels()));
    engine.bean(Beans.REMIND_CONFIRMATION, new RemindOrderConfirmation(mails));
    engine.bean(Beans.REVIEW_ORDER, new ReviewOrder(orderService, formVariables));
    engine.bean(
        Beans.CREDIT_HOLD_RECORDED, new CreditHoldRecorded(orderService, engine.formLabels()));
    engine.bean(
        Beans.CORRECTION_RECORDED, new OrderCorrectionRecorded(orderService, engine.formLabels()));
    engine.bean(Beans.REMIND_CORRECTION, new RemindOrderCorrection(mails));
    engine.bean(
        Beans.PRICE_DEVIATION_RECORDED,
        new PriceDeviationRecorded(orderService, engine.formLabels()));
    engine.bean(Beans.ISSUE_PRODUCTION_PLAN, new IssueProductionPlan(orderService, mails));
    engine.bean(
        Beans.PLAN_CONFIRMED, new ProductionPlanConfirmed(orderService, engine.formLabels()));
    engine.bean(Beans.CLOSE_ORDER, new CloseOrder(orderService));
  }

  @BeforeEach
  void stubServices() {
    // Registration keeps the order the start form described, under ORDER_ID.
    when(orderService.register(any(), anyString()))
        .thenAnswer(
            call -> {
              registered = salesOrder(call.getArgument(0));
              return ORDER_ID;
            });
    when(orderService.load(ORDER_ID)).thenAnswer(call -> registered);
    when(orderService.review(eq(ORDER_ID), anyString()))
        .thenAnswer(
            call -> {
              List<Finding> round = reviews.poll();
              if (round == null) {
                throw new IllegalStateException("the test scripted no further review round");
              }
              findings = round;
              return round;
            });
    doAnswer(
            call -> {
              List<OrderRequest.Line> revised = call.getArgument(1);
              registered.replaceLines(linesOf(revised));
              return null;
            })
        .when(orderService)
        .revise(eq(ORDER_ID), any(), any(), anyString());
    // Accepting findings that include a price finding needs a sales manager.
    when(orderService.accept(eq(ORDER_ID), any(), anyString()))
        .thenAnswer(call -> findings.stream().anyMatch(f -> f.code().isPrice()));
    doAnswer(
            call -> {
              planIssued = true;
              return null;
            })
        .when(orderService)
        .planIssued(ORDER_ID);
    // The forms show the order as it stands and the findings of the latest review.
    doAnswer(
            call -> {
              VariableScope scope = call.getArgument(0);
              Variables.ORDER_NUMBER.set(scope, ORDER_NUMBER);
              Variables.CUSTOMER_NAME.set(scope, CUSTOMER_NAME);
              Variables.LINES_TEXT.set(scope, OrderLinesText.format(registered.lines()));
              Variables.FINDINGS_TEXT.set(scope, describe(findings));
              return null;
            })
        .when(formVariables)
        .publish(any(), eq(ORDER_ID));
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

    verify(orderService)
        .register(
            argThat(
                request ->
                    request.customerId() == CUSTOMER_ID
                        && request.channel() == OrderChannel.FAX
                        && "PO-88231".equals(request.customerPo())
                        && request
                            .receivedAt()
                            .toInstant()
                            .equals(Instant.parse("2026-03-02T01:15:00Z"))
                        && "每盘贴客户料号标签，附出货检验报告".equals(request.specialRequirements())
                        && request.lines().equals(List.of(line(LINES)))),
            anyString());
    verify(orderService).linkProcess(ORDER_ID, order.getId());
    reviewed(1);
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
        .containsEntry(Variables.ORDER_ID.name(), ORDER_ID)
        .containsEntry(Variables.ORDER_NUMBER.name(), ORDER_NUMBER)
        .containsEntry(Variables.CREDIT_HOLD.name(), false)
        .containsEntry(Variables.OPEN_FINDINGS.name(), 0)
        .containsEntry(Variables.FULFILLED.name(), false);
    assertThat(order.getBusinessKey())
        .as("the order number is the business key")
        .isEqualTo(ORDER_NUMBER);
    assertThat(openTasks(order)).as("no manual step before production").isZero();
    verify(orderService, never()).confirmInWriting(anyLong(), any(), any(), any());
    verify(orderService, never()).creditHold(anyLong(), anyBoolean(), any(), any());
    verify(orderService, never()).planIssued(anyLong());
  }

  @Test
  void theProductionPlanIsIssuedAsAJobAndConfirmedByProduction() throws Exception {
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("email");
    verify(orderService, never()).planIssued(anyLong());

    execute(job(order, Elements.ISSUE_PRODUCTION_PLAN));

    verify(orderService).planIssued(ORDER_ID);
    verify(mails).productionPlan(ORDER_ID);
    assertThat(order).isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN);
    Task plan = task(order);
    assertThat(plan).hasCandidateGroup(PRODUCTION).isNotAssigned();
    assertShows(plan, "确认生产计划", deadlines.planConfirmationDue(), "confirm-production-plan");
    verify(orderService, never()).confirmPlan(anyLong(), any(), any(), any());

    complete(plan, withVariables(PLANNED_COMPLETION_DATE, "2026-12-10", PLAN_NOTE, "按期排产"));

    verify(orderService)
        .confirmPlan(ORDER_ID, LocalDate.parse("2026-12-10"), "按期排产", Actors.SYSTEM);
    verify(exceptions.watch()).checkNow(ORDER_ID);
    assertThat(order)
        .hasPassed(Elements.CONFIRM_PRODUCTION_PLAN)
        .isWaitingAt(Elements.ORDER_FULFILLED)
        .isNotEnded();
    assertThat(openTasks(order)).as("the order waits for its shipments").isZero();
    verify(orderService, never()).close(anyLong());
  }

  @Test
  void aFailedProductionPlanIsRetriedNotLost() throws Exception {
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("edi");

    failOnce(
        order,
        Elements.ISSUE_PRODUCTION_PLAN,
        failure -> doThrow(failure).when(mails).productionPlan(ORDER_ID),
        "production system unavailable");

    assertThat(order).isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
    verify(orderService, never()).confirmPlan(anyLong(), any(), any(), any());
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

    verify(orderService)
        .confirmInWriting(
            ORDER_ID, "传真 0512-6688 2026-03-02", LocalDate.parse("2026-03-02"), ASSISTANT);
    assertThat(order)
        .hasPassed(CONFIRMATION_JOIN, Elements.INTAKE_JOIN)
        .isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
    reviewed(1);
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
    reviewed(2);
  }

  @Test
  void theAssistantIsRemindedOfAMissingWrittenConfirmation() throws Exception {
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("phone");
    Task confirmation = task(order);
    Job reminder = timer(order, Elements.OBTAIN_CONFIRMATION);
    assertThat(reminder.getDuedate()).isEqualTo(daysAfterNow(1));
    verify(mails, never()).confirmationReminder(anyLong(), anyString());

    execute(reminder);

    verify(mails).confirmationReminder(eq(ORDER_ID), startsWith(confirmation.getId()));
    assertThat(order).isWaitingAt(Elements.OBTAIN_CONFIRMATION);
    assertThat(task(order).getId()).isEqualTo(confirmation.getId());
    verify(orderService, never()).confirmInWriting(anyLong(), any(), any(), any());
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
        .containsEntry(Variables.CREDIT_HOLD.name(), false)
        .containsEntry(Variables.OPEN_FINDINGS.name(), 1)
        .containsEntry(Variables.FINDINGS_TEXT.name(), describe(LATE_DELIVERY));
    Task correction = task(order);
    assertThat(correction).isAssignedTo(ASSISTANT);
    assertShows(correction, "协调订单更正", deadlines.correctionDue(), "correct-order");
    assertThat(taskService().getVariables(correction.getId()))
        .doesNotContainKey(Variables.CORRECTION_ACTION.name());
    verifyNotCorrected();

    correct(order, "revise", REVISED_LINES, "");

    verify(orderService)
        .revise(eq(ORDER_ID), eq(List.of(line(REVISED_LINES))), any(), eq(ASSISTANT));
    verify(orderService, never()).accept(anyLong(), any(), any());
    reviewed(2);
    assertThat(order)
        .hasPassed(Elements.PRICE_DEVIATION, Elements.REVIEW_JOIN)
        .hasNotPassed(Elements.CONFIRM_PRICE_DEVIATION)
        .isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN)
        .variables()
        .containsEntry(Variables.LINES_TEXT.name(), REVISED_LINES)
        .containsEntry(Variables.FINDINGS_TEXT.name(), "")
        .containsEntry(Variables.PRICE_DEVIATION_ACCEPTED.name(), false);
    verifyNoDeviationDecided();
  }

  @Test
  void acceptedFindingsWithoutAPriceDeviationNeedNoManager() throws Exception {
    reviews.add(LATE_DELIVERY);
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("mail");

    correct(order, "accept", "", "客户书面同意延后交期");

    verify(orderService).accept(ORDER_ID, "客户书面同意延后交期", ASSISTANT);
    verify(orderService, never()).revise(anyLong(), any(), any(), any());
    assertThat(order)
        .hasNotPassed(Elements.CONFIRM_PRICE_DEVIATION)
        .isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN)
        .variables()
        .containsEntry(Variables.LINES_TEXT.name(), LINES)
        .containsEntry(Variables.PRICE_DEVIATION_ACCEPTED.name(), false);
    reviewed(2);
    verifyNoDeviationDecided();
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
    verify(orderService).accept(ORDER_ID, "客户坚持按订单价 15 执行", ASSISTANT);
    reviewed(1);

    decideDeviation(order, "confirm");

    verify(orderService).decidePriceDeviation(ORDER_ID, true, "", Actors.SYSTEM);
    reviewed(2);
    assertThat(order).isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
    assertThat(historicTasks(order, Elements.CORRECT_ORDER)).isEqualTo(1);
  }

  @Test
  void aRejectedPriceDeviationGoesBackToTheAssistant() throws Exception {
    ProcessInstance order = priceDeviationRefused();

    verify(orderService).decidePriceDeviation(ORDER_ID, false, "请按价格协议 12 与客户再确认", Actors.SYSTEM);
    reviewed(2);
    assertThat(order).isWaitingAt(Elements.CORRECT_ORDER);
    assertThat(order).variables().doesNotContainKey(Variables.CORRECTION_ACTION.name());
    assertThat(taskService().getVariables(task(order).getId()))
        .as("the correction shows the manager's refusal")
        .containsEntry(DEVIATION_COMMENT, "请按价格协议 12 与客户再确认");

    correct(order, "revise", "EC-R0603-103 100 12 2026-12-20", "");

    verify(orderService)
        .revise(
            eq(ORDER_ID),
            eq(List.of(line("EC-R0603-103 100 12 2026-12-20"))),
            any(),
            eq(ASSISTANT));
    assertThat(order)
        .variables()
        .as("the refusal answered is not shown on the next correction")
        .doesNotContainKeys(Variables.DEVIATION_DECISION.name(), DEVIATION_COMMENT);
    reviewed(3);
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
    verify(mails, never()).correctionReminder(anyLong(), anyString());

    execute(reminder);

    verify(mails).correctionReminder(eq(ORDER_ID), startsWith(correction.getId()));
    assertThat(order).isWaitingAt(Elements.CORRECT_ORDER);
    assertThat(task(order).getId()).isEqualTo(correction.getId());
    verifyNotCorrected();
  }

  @Test
  void everyFiringOfTheCorrectionReminderIsItsOwnMailAndARetriedFiringTheSameMail()
      throws Exception {
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
        .hasNotPassed(Elements.CORRECT_ORDER)
        .variables()
        .containsEntry(Variables.CREDIT_HOLD.name(), true)
        .containsEntry(Variables.OPEN_FINDINGS.name(), 0)
        .containsEntry(Variables.FINDINGS_TEXT.name(), describe(ON_CREDIT_HOLD));
    Task hold = task(order);
    assertThat(hold).hasCandidateGroup(FINANCE).isNotAssigned();
    assertShows(hold, "信用冻结处理", deadlines.creditHoldDue(), "resolve-credit-hold");

    resolveCreditHold(order, "yes");

    verify(orderService).creditHold(ORDER_ID, true, "客户已付清逾期货款", Actors.SYSTEM);
    reviewed(2);
    assertThat(order).isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN);
  }

  @Test
  void aCreditHoldStillInPlaceComesBackToFinance() throws Exception {
    reviews.add(ON_CREDIT_HOLD);
    reviews.add(ON_CREDIT_HOLD);
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("fax");

    resolveCreditHold(order, "no");

    verify(orderService).creditHold(ORDER_ID, false, "逾期货款仍未付", Actors.SYSTEM);
    assertThat(order).isWaitingAt(Elements.RESOLVE_CREDIT_HOLD);
    assertThat(historicTasks(order, Elements.RESOLVE_CREDIT_HOLD)).isEqualTo(2);
    assertThat(taskService().getVariables(task(order).getId()))
        .as("finance answers again on a blank form")
        .doesNotContainKeys(CREDIT_HOLD_LIFTED, CREDIT_NOTE);
    reviewed(2);

    resolveCreditHold(order, "yes");

    verify(orderService).creditHold(ORDER_ID, true, "客户已付清逾期货款", Actors.SYSTEM);
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
    reviewed(3);
    verify(orderService).planIssued(ORDER_ID);
    verify(orderService)
        .confirmPlan(eq(ORDER_ID), eq(LocalDate.parse("2026-12-10")), any(), eq(Actors.SYSTEM));
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
    assertThat(exceptions.notified()).isEmpty();

    handleException(order, 7L);

    assertThat(order)
        .hasPassed(Elements.END_EXCEPTION_HANDLED)
        .isWaitingAt(Elements.CORRECT_ORDER)
        .hasNotPassed(Elements.ISSUE_PRODUCTION_PLAN);
    assertThat(task(Elements.CORRECT_ORDER, order).getId()).isEqualTo(correction.getId());
    assertThat(openTasks(order)).as("only the correction is left").isEqualTo(1);
    verifyNotCorrected();

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
    verify(orderService, never()).confirmPlan(anyLong(), any(), any(), any());

    complete(plan, withVariables(PLANNED_COMPLETION_DATE, "2026-12-10"));

    assertThat(order)
        .hasPassed(Elements.CONFIRM_PRODUCTION_PLAN)
        .isWaitingAt(Elements.ORDER_FULFILLED);
    verify(orderService).planIssued(ORDER_ID);
  }

  @Test
  void anOpenExceptionKeepsTheOrderOpenAfterItIsClosed() throws Exception {
    ProcessInstance order = waitingForShipments();
    raiseException(order, 7L);
    execute(job(order, Elements.NOTIFY_TOP_MANAGEMENT));
    shipments.fulfilsTheOrder(101L);

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

    verify(exceptions.exceptions()).decide(7L, "延期至 2026-12-20 交货", Actors.SYSTEM);
    verify(exceptions.exceptions()).customerInformed(7L, "电话通知采购王经理，客户同意", ASSISTANT);
    verify(orderService).close(ORDER_ID);
    assertThat(order).hasPassed(Elements.END_EXCEPTION_HANDLED).isEnded();
  }

  @Test
  void twoExceptionsAtOnceRunSideBySide() throws Exception {
    ProcessInstance order = waitingForPlanConfirmation();

    raiseException(order, 7L);
    raiseException(order, 8L);
    assertThat(
            runtimeService()
                .createVariableInstanceQuery()
                .processInstanceIdIn(order.getId())
                .variableName(Variables.EXCEPTION_DECISION.name())
                .count())
        .as("each exception's decision field is opened in its own scope")
        .isEqualTo(2);

    List<Job> notifications =
        managementService()
            .createJobQuery()
            .processInstanceId(order.getId())
            .activityId(Elements.NOTIFY_TOP_MANAGEMENT)
            .list();
    assertThat(notifications).hasSize(2);
    notifications.forEach(notification -> execute(notification));
    assertThat(exceptions.notified()).containsExactlyInAnyOrder(7L, 8L);

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
    verify(exceptions.exceptions()).decide(8L, "改用替代料", Actors.SYSTEM);
    verify(exceptions.exceptions()).customerInformed(8L, "邮件通知，客户同意", ASSISTANT);

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
    verify(exceptions.exceptions(), times(2)).decide(anyLong(), anyString(), anyString());
    verify(exceptions.exceptions(), times(2)).customerInformed(anyLong(), anyString(), anyString());
    assertThat(order).isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN);

    complete(
        task(Elements.CONFIRM_PRODUCTION_PLAN, order),
        withVariables(PLANNED_COMPLETION_DATE, "2026-12-10"));
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED);
  }

  @Test
  void anExceptionTopManagementDecidedAlreadyGoesStraightToTheAssistant() throws Exception {
    ProcessInstance order = waitingForPlanConfirmation();
    exceptions.decidedAlready(9L, "大客户紧急需求优先，本单顺延至 2026-12-30");
    raiseException(order, 9L);

    assertThat(order)
        .hasPassed(Elements.EXCEPTION_DECIDED_ALREADY)
        .hasNotPassed(Elements.NOTIFY_TOP_MANAGEMENT)
        .isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN, Elements.INFORM_CUSTOMER);
    Task inform = task(Elements.INFORM_CUSTOMER, order);
    assertThat(inform.getAssignee()).isEqualTo(ASSISTANT);
    assertThat(taskService().getVariable(inform.getId(), Variables.EXCEPTION_DECISION.name()))
        .isEqualTo("大客户紧急需求优先，本单顺延至 2026-12-30");
    assertThat(
            (String) taskService().getVariable(inform.getId(), Variables.EXCEPTION_SUMMARY.name()))
        .startsWith("紧急需求让步：");
    complete(inform, withVariables(Variables.CUSTOMER_INFORMED_HOW.name(), "电话告知，客户同意顺延"));

    verify(exceptions.exceptions()).customerInformed(9L, "电话告知，客户同意顺延", ASSISTANT);
    verify(exceptions.exceptions(), never()).decide(anyLong(), anyString(), anyString());
    assertThat(exceptions.notified()).isEmpty();
    assertThat(order)
        .hasPassed(Elements.END_EXCEPTION_HANDLED)
        .isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN);
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

    failOnce(
        order,
        Elements.NOTIFY_TOP_MANAGEMENT,
        exceptions.notificationFailsWith(),
        "mail server unavailable");

    assertThat(order).isWaitingAt(Elements.CONFIRM_PRODUCTION_PLAN, Elements.NOTIFY_TOP_MANAGEMENT);
    verify(exceptions.exceptions(), never()).decide(anyLong(), any(), any());
  }

  // --- shipments: a non-interrupting event sub-process per batch of finished goods ---

  @Test
  void qualityInspectsEveryBatchTheDayItIsReadyBeforeAnythingIsPreparedForIt() throws Exception {
    ProcessInstance order = waitingForShipments();

    goodsReadyForInspection(order, 101L);

    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.INSPECT_GOODS);
    Task inspection = task(Elements.INSPECT_GOODS, order);
    assertThat(inspection).hasCandidateGroup(QUALITY).isNotAssigned();
    assertShows(inspection, "出货检验", deadlines.inspectionDue(), "inspect-outgoing-goods");
    assertThat(taskService().getVariables(inspection.getId()))
        .as("quality sees the batch")
        .containsEntry(Variables.SHIPMENT_NUMBER.name(), shipments.numberOf(101L))
        .containsEntry(Variables.SHIPMENT_SUMMARY.name(), ShipmentProcessBeans.summaryOf(101L));
    assertThat(shipments.stockNotices()).isEmpty();

    inspect(order, "pass", "外观、尺寸抽检合格");

    assertThat(shipments.inspections())
        .containsExactly(entry(101L, OrderDecisions.InspectionResult.PASS));
    assertThat(order)
        .hasPassed(Elements.GOODS_PASSED)
        .isWaitingAt(Elements.ORDER_FULFILLED, Elements.ISSUE_STOCK_NOTICE);
  }

  @Test
  void aBatchQualityHoldsGoesBackToProductionAsAQualityExceptionAndShipsNothing() throws Exception {
    ProcessInstance order = waitingForShipments();
    goodsReadyForInspection(order, 101L);

    inspect(order, "hold", "焊点虚焊");

    assertThat(shipments.inspections())
        .containsExactly(entry(101L, OrderDecisions.InspectionResult.HOLD));
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.RETURN_HELD_GOODS);

    execute(job(order, Elements.RETURN_HELD_GOODS));

    verify(exceptions.exceptions())
        .raiseAndEscalate(
            ORDER_ID, ExceptionKind.QUALITY, ShipmentProcessBeans.heldOf(101L), Actors.SYSTEM);
    assertThat(order)
        .hasPassed(Elements.END_GOODS_HELD)
        .hasNotPassed(Elements.ISSUE_STOCK_NOTICE)
        .isWaitingAt(Elements.ORDER_FULFILLED);
    assertThat(shipments.stockNotices()).isEmpty();

    // reworked, the goods are reported ready again as a new batch, and pass
    goodsReady(order, 102L);

    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.ISSUE_STOCK_NOTICE);
  }

  @Test
  void aHoldWithoutTheReasonIsRefusedAndTheInspectionStaysOpen() throws Exception {
    ProcessInstance order = waitingForShipments();
    goodsReadyForInspection(order, 101L);
    shipments.refusesAHold(101L, "inspectionNote", "扣留请写明不合格的情况");

    assertThatThrownBy(() -> inspect(order, "hold", ""))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("检验说明：扣留请写明不合格的情况");
    assertThatThrownBy(() -> inspect(order, "maybe", "看不清"))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("检验结果：请选择：合格，放行、不合格，扣留");

    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.INSPECT_GOODS);
  }

  @Test
  void finishedGoodsAreShippedButAPartialShipmentLeavesTheOrderOpen() throws Exception {
    ProcessInstance order = waitingForShipments();

    goodsReady(order, 101L);

    assertThat(order)
        .hasPassed(Elements.GOODS_READY)
        .isWaitingAt(Elements.ORDER_FULFILLED, Elements.ISSUE_STOCK_NOTICE);
    assertThat(runtimeService().getVariablesLocal(order.getId()))
        .as("the shipment id lives in the sub-process scope, not on the order")
        .doesNotContainKey(Variables.SHIPMENT_ID.name());
    Job notice = job(order, Elements.ISSUE_STOCK_NOTICE);
    assertThat(runtimeService().getVariable(notice.getExecutionId(), Variables.SHIPMENT_ID.name()))
        .isEqualTo(101L);
    assertThat(runtimeService().getVariable(notice.getExecutionId(), Variables.SHIPPED_ON.name()))
        .as("the outbound form opens with today as the day shipped")
        .isEqualTo("2026-03-02");
    assertThat(shipments.stockNotices()).isEmpty();

    execute(notice);

    assertThat(shipments.stockNotices()).containsExactly(101L);
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.CHOOSE_TRANSPORT);
    Task transport = task(Elements.CHOOSE_TRANSPORT, order);
    assertThat(transport).isAssignedTo(ASSISTANT);
    assertShows(transport, "选择运输方式", deadlines.transportChoiceDue(), "choose-transport");
    assertThat(taskService().getVariables(transport.getId()))
        .as("the form shows the order, the batch and the proposal, with the proposed mode chosen")
        .containsEntry(Variables.ORDER_NUMBER.name(), ORDER_NUMBER)
        .containsEntry(Variables.SHIPMENT_DOCUMENT.name(), "出库单")
        .containsEntry(Variables.SHIPMENT_NUMBER.name(), shipments.numberOf(101L))
        .containsEntry(Variables.SHIPMENT_SUMMARY.name(), ShipmentProcessBeans.summaryOf(101L))
        .containsEntry(Variables.TRANSPORT_PROPOSAL.name(), ShipmentProcessBeans.TRANSPORT_PROPOSAL)
        .containsEntry(Variables.TRANSPORT_MODE.name(), "TRUCK");
    assertThat(shipments.transportChoices()).isEmpty();

    complete(transport, withVariables(Variables.TRANSPORT_MODE.name(), "EXPRESS"));

    assertThat(shipments.transportChoices()).containsExactly(entry(101L, "EXPRESS"));
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.RECORD_OUTBOUND);
    Task outbound = task(Elements.RECORD_OUTBOUND, order);
    assertThat(outbound).hasCandidateGroup(WAREHOUSE).isNotAssigned();
    assertShows(outbound, "登记出库", deadlines.outboundDue(), "record-outbound");
    assertThat(taskService().getVariables(outbound.getId()))
        .containsEntry(Variables.TRANSPORT_MODE.name(), "EXPRESS")
        .containsEntry(Variables.TRANSPORT_CHOICE.name(), "快递")
        .containsEntry(Variables.SHIPPED_LINES_TEXT.name(), "1 50");
    assertThat(runtimeService().getVariablesLocal(order.getId()))
        .as("the chosen mode stays with its shipment")
        .doesNotContainKey(Variables.TRANSPORT_MODE.name());

    recordOutbound(outbound, "顺丰速运", "SF1234567890");

    assertThat(shipments.outbounds())
        .containsExactly(
            entry(
                101L,
                new OutboundRequest(
                    List.of(new OutboundRequest.Line(1, new BigDecimal("50"))),
                    "顺丰速运",
                    "SF1234567890",
                    LocalDate.parse("2026-03-10"))));
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.NOTIFY_CUSTOMER_OF_SHIPMENT);
    assertThat(shipments.customerNotices()).isEmpty();

    execute(job(order, Elements.NOTIFY_CUSTOMER_OF_SHIPMENT));

    assertThat(shipments.customerNotices()).containsExactly(101L);
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
    verify(orderService, never()).close(anyLong());
  }

  @Test
  void theShipmentThatFulfilsTheOrderClosesIt() throws Exception {
    ProcessInstance order = waitingForShipments();
    ship(order, 101L);
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED);
    verify(orderService, never()).close(anyLong());
    shipments.fulfilsTheOrder(102L);

    goodsReady(order, 102L);
    execute(shipmentJob(order, Elements.ISSUE_STOCK_NOTICE, 102L));
    chooseTransport(order, 102L, "TRUCK");
    recordOutbound(shipmentTask(order, Elements.RECORD_OUTBOUND, 102L), "德邦物流", "DB778812");

    verify(orderService).close(ORDER_ID);
    assertThat(order)
        .hasPassed(Elements.ORDER_FULFILLED, Elements.CLOSE_ORDER, Elements.END_CLOSED)
        .isWaitingAt(Elements.NOTIFY_CUSTOMER_OF_SHIPMENT)
        .variables()
        .containsEntry(Variables.FULFILLED.name(), true);

    execute(job(order, Elements.NOTIFY_CUSTOMER_OF_SHIPMENT));

    assertThat(shipments.customerNotices()).containsExactly(101L, 102L);
    assertThat(order).hasPassed(Elements.END_SHIPPED).isEnded();
    assertThat(historicActivities(order, Elements.END_SHIPPED)).isEqualTo(2);
    assertThat(historicActivities(order, Elements.END_CLOSED)).isEqualTo(1);
    assertThat(shipments.outbounds()).containsOnlyKeys(101L, 102L);
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
    assertThat(shipments.stockNotices()).containsExactlyInAnyOrder(101L, 102L);
    assertThat(openTasks(order, Elements.CHOOSE_TRANSPORT)).isEqualTo(2);
    assertThat(
            taskService()
                .getVariable(
                    shipmentTask(order, Elements.CHOOSE_TRANSPORT, 102L).getId(),
                    Variables.SHIPMENT_SUMMARY.name()))
        .isEqualTo(ShipmentProcessBeans.summaryOf(102L));

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

    assertThat(shipments.customerNotices()).containsExactlyInAnyOrder(101L, 102L);
    assertThat(historicActivities(order, Elements.END_SHIPPED)).isEqualTo(2);
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED).hasNotPassed(Elements.CLOSE_ORDER);
  }

  @Test
  void aFailedStockPreparationNoticeIsRetriedNotLost() throws Exception {
    ProcessInstance order = waitingForShipments();
    goodsReady(order, 101L);

    Job retried =
        failOnce(
            order,
            Elements.ISSUE_STOCK_NOTICE,
            shipments.stockNoticeFailsWith(),
            "mail server unavailable");

    assertThat(runtimeService().getVariable(retried.getExecutionId(), Variables.SHIPMENT_ID.name()))
        .isEqualTo(101L);
    assertThat(order).isWaitingAt(Elements.ORDER_FULFILLED, Elements.ISSUE_STOCK_NOTICE);
    assertThat(openTasks(order)).isZero();
    assertThat(shipments.transportChoices()).isEmpty();
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
        shipments.customerNoticeFailsWith(),
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

    assertThat(changes.applied()).containsExactly(CHANGE_ID);
    assertThat(changes.changeMails(true))
        .containsExactly(OrderChangeProcessBeans.reasonOf(CHANGE_ID));
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

    verify(orderService)
        .confirmPlan(ORDER_ID, LocalDate.parse("2027-01-15"), "按变更后数量追加排产", Actors.SYSTEM);
    // the changed plan is checked against the due dates too
    verify(exceptions.watch(), times(2)).checkNow(ORDER_ID);
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

    assertThat(changes.applied()).containsExactly(CHANGE_ID);
    assertThat(changes.changeMails(false))
        .containsExactly(OrderChangeProcessBeans.reasonOf(CHANGE_ID));
    assertThat(order)
        .hasPassed(Elements.APPLY_CHANGE, Elements.PLAN_AFFECTED, Elements.END_CHANGE_APPLIED)
        .hasNotPassed(Elements.RECONFIRM_PLAN)
        .isWaitingAt(Elements.CORRECT_ORDER);
    assertThat(task(Elements.CORRECT_ORDER, order).getId()).isEqualTo(correction.getId());
    assertThat(openTasks(order)).isEqualTo(1);
    assertThat(order)
        .variables()
        .doesNotContainKeys(Variables.ORDER_CHANGE_ID.name(), Variables.PLAN_AFFECTED.name());
    verify(orderService, never()).confirmPlan(anyLong(), any(), any(), any());
  }

  @Test
  void aChangeAfterACleanReviewIsReviewedAgainBeforeThePlanGoesOut() throws Exception {
    reviews.add(CLEAN);
    reviews.add(CLEAN);
    ProcessInstance order = startOrder("phone");
    assertThat(order).isWaitingAt(Elements.OBTAIN_CONFIRMATION);
    // the review passed: the order is reviewed while the written confirmation is awaited
    registered.moveTo(OrderStatus.REVIEWED, "审查通过", Actors.SYSTEM, NOW);

    changeApproved(order, CHANGE_ID);

    assertThat(changes.applied()).containsExactly(CHANGE_ID);
    assertThat(order).variables().containsEntry(Variables.REVIEW_AGAIN.name(), true);
    assertThat(order).isWaitingAt(Elements.OBTAIN_CONFIRMATION);

    confirm(order);

    assertThat(order)
        .hasPassed(Elements.CHANGED_IN_REVIEW, Elements.REVIEW_AGAIN)
        .isWaitingAt(Elements.ISSUE_PRODUCTION_PLAN)
        .variables()
        .containsEntry(Variables.REVIEW_AGAIN.name(), false);
    reviewed(2);
    assertThat(historicTasks(order, Elements.OBTAIN_CONFIRMATION))
        .as("the confirmation in hand is not asked for again")
        .isEqualTo(1);
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

    verify(orderService).cancel(ORDER_ID, "客户项目取消，余量不再需要", Actors.SYSTEM);
    verify(shipments.shipments()).orderCancelled(ORDER_ID, Actors.SYSTEM);
    assertThat(changes.cancellationMails()).containsExactly("客户项目取消，余量不再需要");
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
    assertThat(shipments.outbounds()).isEmpty();
    assertThat(shipments.customerNotices()).isEmpty();
    verify(exceptions.exceptions(), never()).decide(anyLong(), any(), any());
    verify(orderService, never()).close(anyLong());
    assertThat(shipments.stockNotices()).containsExactly(101L);
  }

  @Test
  void anOrderCancelledDuringIntakeNeverReachesProduction() throws Exception {
    reviews.add(LATE_DELIVERY);
    ProcessInstance order = startOrder("phone");
    assertThat(order).isWaitingAt(Elements.OBTAIN_CONFIRMATION, Elements.CORRECT_ORDER);

    cancel(order, "客户撤回订单");

    verify(orderService).cancel(ORDER_ID, "客户撤回订单", Actors.SYSTEM);
    assertThat(order)
        .hasPassed(Elements.END_CANCELLED)
        .hasNotPassed(Elements.ISSUE_PRODUCTION_PLAN, Elements.CLOSE_ORDER)
        .isEnded();
    assertThat(openTasks(order)).isZero();
    assertThat(managementService().createJobQuery().processInstanceId(order.getId()).count())
        .as("the reminder timers are gone")
        .isZero();
    verify(orderService, never()).confirmInWriting(anyLong(), any(), any(), any());
    verifyNotCorrected();
    verify(orderService, never()).planIssued(anyLong());
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
    assertThat(exceptions.notified()).containsExactly(exceptionId);
    handleDecision(order, exceptionId);
  }

  /** The GM decides the exception with the given id, then the assistant informs the customer. */
  private void handleDecision(ProcessInstance order, long exceptionId) {
    Task decision = decisionTaskOf(order, exceptionId);
    assertThat(decision).hasCandidateGroup(GENERAL_MANAGER).isNotAssigned();
    assertShows(decision, "高层决定异常处理", deadlines.exceptionDecisionDue(), "decide-exception");
    assertThat(taskService().getVariable(decision.getId(), Variables.EXCEPTION_SUMMARY.name()))
        .isEqualTo(ProductionExceptionProcessBeans.summaryOf(exceptionId));
    complete(decision, withVariables(Variables.EXCEPTION_DECISION.name(), "延期至 2026-12-20 交货"));

    verify(exceptions.exceptions()).decide(exceptionId, "延期至 2026-12-20 交货", Actors.SYSTEM);
    assertThat(order).isWaitingAt(Elements.INFORM_CUSTOMER);
    Task inform = task(Elements.INFORM_CUSTOMER, order);
    assertThat(inform).isAssignedTo(ASSISTANT);
    assertShows(inform, "通知客户异常处理结果", deadlines.informCustomerDue(), "inform-customer");
    assertThat(taskService().getVariable(inform.getId(), Variables.EXCEPTION_ID.name()))
        .isEqualTo(exceptionId);
    complete(inform, withVariables(Variables.CUSTOMER_INFORMED_HOW.name(), "电话通知采购王经理，客户同意延期"));

    verify(exceptions.exceptions()).customerInformed(exceptionId, "电话通知采购王经理，客户同意延期", ASSISTANT);
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
  /** Production reports a batch ready and quality passes it. */
  private static void goodsReady(ProcessInstance order, long shipmentId) {
    goodsReadyForInspection(order, shipmentId);
    inspect(order, "pass", "外观、尺寸抽检合格");
  }

  /** Production reports a batch ready: quality's inspection task is created. */
  private static void goodsReadyForInspection(ProcessInstance order, long shipmentId) {
    runtimeService()
        .createMessageCorrelation(Messages.GOODS_READY)
        .processInstanceId(order.getId())
        .setVariableToTriggeredScope(Variables.SHIPMENT_ID.name(), shipmentId)
        .correlate();
    execute(job(order, Elements.INSPECT_GOODS));
  }

  private static void inspect(ProcessInstance order, String result, String note) {
    complete(
        task(Elements.INSPECT_GOODS, order),
        withVariables(
            Variables.INSPECTION_RESULT.name(), result, Variables.INSPECTION_NOTE.name(), note));
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

  private ProcessInstance startOrder(String channel) {
    Map<String, Object> order = new HashMap<>();
    // the customer scope's start listener puts the customer's id next to its code
    order.put(CustomerScope.CUSTOMER_ID, CUSTOMER_ID);
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
            ADDED_SPECIAL_REQUIREMENTS,
            "",
            ACCEPTANCE_REASON,
            reason));
  }

  /** The order service reviewed the order so many times, each time as the engine. */
  private void reviewed(int rounds) {
    verify(orderService, times(rounds)).review(ORDER_ID, Actors.SYSTEM);
  }

  private void verifyNotCorrected() {
    verify(orderService, never()).revise(anyLong(), any(), any(), any());
    verify(orderService, never()).accept(anyLong(), any(), any());
  }

  private void verifyNoDeviationDecided() {
    verify(orderService, never()).decidePriceDeviation(anyLong(), anyBoolean(), any(), any());
  }

  /** The findings as the forms show them, one a line. */
  private static String describe(List<Finding> findings) {
    return findings.stream().map(Finding::describe).collect(Collectors.joining("\n"));
  }

  /** The one order line of the text, as the form's listener reads it. */
  private static OrderRequest.Line line(String text) {
    return OrderLinesText.parse(text, "lines").items().get(0);
  }

  /** The order the service registers for the request, as it stands before the first review. */
  private static SalesOrder salesOrder(OrderRequest request) {
    return new SalesOrder(
        ORDER_NUMBER,
        request.customerId(),
        request.channel(),
        request.customerPo(),
        request.receivedAt().toInstant(),
        "CNY",
        request.specialRequirements(),
        linesOf(request.lines()),
        ASSISTANT,
        NOW);
  }

  private static List<SalesOrderLine> linesOf(List<OrderRequest.Line> lines) {
    return IntStream.range(0, lines.size())
        .mapToObj(
            i ->
                new SalesOrderLine(
                    i + 1,
                    1000L + i,
                    lines.get(i).productCode(),
                    lines.get(i).spec(),
                    lines.get(i).quantity(),
                    lines.get(i).unitPrice(),
                    lines.get(i).requestedDate()))
        .toList();
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

    public Date inspectionDue() {
      return daysAfterNow(1);
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
