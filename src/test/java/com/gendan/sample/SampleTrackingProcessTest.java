package com.gendan.sample;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.failOnce;
import static com.gendan.ProcessTestEngine.failing;
import static com.gendan.ProcessTestEngine.historicTasks;
import static com.gendan.ProcessTestEngine.job;
import static com.gendan.ProcessTestEngine.passTimer;
import static com.gendan.ProcessTestEngine.timer;
import static org.assertj.core.api.Assertions.assertThat;
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
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.gendan.DeployedForms;
import com.gendan.ProcessTestEngine;
import com.gendan.sample.SampleTrackingProcess.ApprovalDecision;
import com.gendan.sample.SampleTrackingProcess.Beans;
import com.gendan.sample.SampleTrackingProcess.Elements;
import com.gendan.sample.SampleTrackingProcess.Messages;
import com.gendan.sample.SampleTrackingProcess.Result;
import com.gendan.sample.SampleTrackingProcess.Variables;
import com.gendan.scope.CustomerScope;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the sample tracking process (SPEC D1) on a plain in-memory engine
 * (camunda.cfg.xml): the model and its forms are deployed, every delegate and task listener is a
 * Mockito mock registered under its bean name, and the clock moves with the timers.
 */
@Deployment(
    resources = {
      "processes/sample-tracking.bpmn",
      "forms/request-sample.form",
      "forms/approve-sample.form",
      "forms/ship-sample.form",
      "forms/confirm-delivery.form",
      "forms/follow-up-sample.form",
      "forms/help-follow-up.form"
    })
@ProcessTestEngine.Covers(model = "sampleTracking", atLeast = 0.99)
class SampleTrackingProcessTest {

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private static final Instant NOW = Instant.parse("2025-03-03T01:30:00Z");
  private static final String ASSISTANT = "liu.fang";
  private static final String SALES_REP = "wang.qiang";
  private static final String SALES_MANAGER = "sales-manager";
  private static final String WAREHOUSE = "warehouse";

  /** The registration mock's stand-in for the configured limit on free samples. */
  private static final double FREE_SAMPLE_LIMIT = 1_000;

  private static final long SAMPLE_ID = 815L;

  /** End of the sales rep's help; not in {@link Elements} because no code refers to it. */
  private static final String END_HELP_GIVEN = "Event_HelpGiven";

  private final Deadlines deadlines = engine.bean(Beans.DEADLINES, new Deadlines());

  private final JavaDelegate registerRequest = engine.delegate(Beans.REGISTER_REQUEST);
  private final TaskListener approvalRecorded = engine.taskListener(Beans.APPROVAL_RECORDED);
  private final JavaDelegate recordRefusal = engine.delegate(Beans.RECORD_REFUSAL);
  private final TaskListener shipmentRecorded = engine.taskListener(Beans.SHIPMENT_RECORDED);
  private final JavaDelegate mailTracking = engine.delegate(Beans.MAIL_TRACKING);
  private final TaskListener deliveryRecorded = engine.taskListener(Beans.DELIVERY_RECORDED);
  private final TaskListener followUpRecorded = engine.taskListener(Beans.FOLLOW_UP_RECORDED);
  private final TaskListener remindFollowUp = engine.taskListener(Beans.REMIND_FOLLOW_UP);
  private final JavaDelegate notifySalesRep = engine.delegate(Beans.NOTIFY_SALES_REP);
  private final TaskListener helpRecorded = engine.taskListener(Beans.HELP_RECORDED);
  private final JavaDelegate recordApproval = engine.delegate(Beans.RECORD_APPROVAL);
  private final JavaDelegate startNextRound = engine.delegate(Beans.START_NEXT_ROUND);
  private final JavaDelegate recordWithdrawal = engine.delegate(Beans.RECORD_WITHDRAWAL);

  @BeforeEach
  void stubMocks() throws Exception {
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Variables.SAMPLE_ID.set(execution, SAMPLE_ID);
              Variables.SAMPLE_NUMBER.set(execution, "YP-2025-0001");
              Variables.ROUND_NO.set(execution, 1);
              Variables.CUSTOMER_NAME.set(execution, "苏州华东精密机械有限公司");
              Variables.SAMPLE_SUMMARY.set(execution, "0603 贴片电阻 10kΩ，200件，用途：来料测试");
              boolean free = !Variables.CHARGED.require(execution);
              Variables.APPROVAL_REQUIRED.set(
                  execution, free && Variables.SAMPLE_VALUE.require(execution) > FREE_SAMPLE_LIMIT);
              return null;
            })
        .when(registerRequest)
        .execute(any());
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Variables.ROUND_NO.set(execution, Variables.ROUND_NO.require(execution) + 1);
              return null;
            })
        .when(startNextRound)
        .execute(any());
  }

  // --- request and approval ---

  @Test
  void theRequestFormIsTheDeployedStartForm() throws Exception {
    assertThat(DeployedForms.start(SampleTrackingProcess.KEY))
        .contains("\"id\": \"request-sample\"");
  }

  @Test
  void aFreeSampleAboveTheLimitWaitsForTheSalesManager() throws Exception {
    ProcessInstance sample = startSample(false, 2_000);

    verify(registerRequest).execute(any());
    assertThat(sample)
        .isWaitingAt(Elements.APPROVE_SAMPLE)
        .variables()
        .containsEntry(Variables.APPROVAL_REQUIRED.name(), true);
    Task approval = task(sample);
    assertThat(approval).hasCandidateGroup(SALES_MANAGER).isNotAssigned();
    assertShows(approval, "审批免费样品", deadlines.approvalDue(), "approve-sample");
    verifyNoInteractions(shipmentRecorded);
  }

  @Test
  void anApprovedSampleGoesToTheWarehouse() throws Exception {
    ProcessInstance sample = startSample(false, 2_000);

    approve(sample, ApprovalDecision.APPROVE, "");

    verify(approvalRecorded).notify(any(DelegateTask.class));
    assertThat(sample).hasPassed(Elements.APPROVE_SAMPLE).isWaitingAt(Elements.SHIP_SAMPLE);
    Task shipping = task(sample);
    assertThat(shipping).hasCandidateGroup(WAREHOUSE);
    assertShows(shipping, "准备并寄出样品", deadlines.shippingDue(), "ship-sample");
    verifyNoInteractions(recordRefusal);
  }

  @Test
  void aRefusedSampleEndsWithoutBeingShipped() throws Exception {
    ProcessInstance sample = startSample(false, 2_000);

    approve(sample, ApprovalDecision.REFUSE, "价值太高，请改为收费样品");

    verify(approvalRecorded).notify(any(DelegateTask.class));
    verify(recordRefusal).execute(any());
    assertThat(sample)
        .hasPassed(Elements.RECORD_REFUSAL, Elements.END_REFUSED)
        .hasNotPassed(Elements.SHIP_SAMPLE)
        .isEnded();
    verifyNoInteractions(shipmentRecorded, mailTracking, recordApproval);
    assertThat(historicTasks(sample, Elements.SHIP_SAMPLE)).isZero();
  }

  @Test
  void aChargedSampleNeedsNoApproval() throws Exception {
    ProcessInstance sample = startSample(true, 50_000);

    assertThat(sample).variables().containsEntry(Variables.APPROVAL_REQUIRED.name(), false);
    assertThat(sample).isWaitingAt(Elements.SHIP_SAMPLE).hasNotPassed(Elements.APPROVE_SAMPLE);
    verifyNoInteractions(approvalRecorded, recordRefusal);
  }

  @Test
  void aFreeSampleWithinTheLimitNeedsNoApproval() throws Exception {
    ProcessInstance sample = startSample(false, 300);

    assertThat(sample).isWaitingAt(Elements.SHIP_SAMPLE).hasNotPassed(Elements.APPROVE_SAMPLE);
    assertThat(historicTasks(sample, Elements.APPROVE_SAMPLE)).isZero();
    verifyNoInteractions(approvalRecorded);
  }

  // --- shipping and delivery ---

  @Test
  void theShipmentIsMailedAndTheDeliveryConfirmed() throws Exception {
    ProcessInstance sample = startSample(true, 500);

    ship(sample);

    verify(shipmentRecorded).notify(any(DelegateTask.class));
    assertThat(sample).isWaitingAt(Elements.MAIL_TRACKING);
    verifyNoInteractions(mailTracking);
    execute(job(sample, Elements.MAIL_TRACKING));
    verify(mailTracking).execute(any());

    assertThat(sample).isWaitingAt(Elements.CONFIRM_DELIVERY);
    Task delivery = task(sample);
    assertThat(delivery).hasCandidateGroup(WAREHOUSE).hasCandidateUser(ASSISTANT);
    assertShows(delivery, "确认样品签收", deadlines.deliveryDue(), "confirm-delivery");
    verifyNoInteractions(deliveryRecorded);

    confirmDelivery(sample);

    verify(deliveryRecorded).notify(any(DelegateTask.class));
    assertThat(sample).isWaitingAt(Elements.FOLLOW_UP_RESULT);
    Task followUp = task(sample);
    assertThat(followUp)
        .as("the result can be recorded from the delivery on, not only after a timer")
        .isAssignedTo(ASSISTANT);
    assertShows(followUp, "跟进客户测试结果", deadlines.followUpDue(), "follow-up-sample");
  }

  @Test
  void aFailedTrackingMailIsRetriedNotLost() throws Exception {
    ProcessInstance sample = startSample(true, 500);
    ship(sample);

    failOnce(sample, Elements.MAIL_TRACKING, failing(mailTracking), "SMTP server down");

    assertThat(sample).isWaitingAt(Elements.MAIL_TRACKING);
  }

  // --- follow-up of the test result ---

  @Test
  void eachContactWithoutAResultOpensTheNextFollowUpAtOnce() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));

    for (int contact = 1; contact <= 3; contact++) {
      assertThat(sample).isWaitingAt(Elements.FOLLOW_UP_RESULT);
      Task followUp = task(sample);
      assertThat(followUp).isAssignedTo(ASSISTANT);
      assertShows(followUp, "跟进客户测试结果", deadlines.followUpDue(), "follow-up-sample");
      assertThat(taskService().getVariables(followUp.getId()))
          .as("opens blank")
          .doesNotContainKeys(Variables.CONTACT_NOTE.name(), Variables.SAMPLE_RESULT.name());

      followUp(sample, Result.PENDING, Map.of());

      verify(followUpRecorded, times(contact)).notify(any(DelegateTask.class));
    }

    assertThat(sample).isWaitingAt(Elements.FOLLOW_UP_RESULT);
    assertThat(historicTasks(sample, Elements.FOLLOW_UP_RESULT)).isEqualTo(4);
    verifyNoInteractions(remindFollowUp, notifySalesRep, recordApproval, startNextRound);
  }

  @Test
  void anOpenFollowUpRemindsTheAssistantEveryFewDaysAndStaysOpen() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));
    Task followUp = task(sample);

    for (int firing = 1; firing <= 2; firing++) {
      Job reminder = timer(sample, Elements.FOLLOW_UP_RESULT);
      assertThat(reminder.getDuedate()).isEqualTo(daysAfterNow(3 * firing));
      verify(remindFollowUp, times(firing - 1)).notify(any(DelegateTask.class));

      passTimer(reminder);

      verify(remindFollowUp, times(firing)).notify(any(DelegateTask.class));
      assertThat(task(sample).getId()).as("the same task stays open").isEqualTo(followUp.getId());
    }

    followUp(sample, Result.PENDING, Map.of());
    assertThat(timer(sample, Elements.FOLLOW_UP_RESULT).getDuedate())
        .as("a logged contact starts the interval again")
        .isEqualTo(daysAfterNow(6 + 3));
  }

  @Test
  void aPassBecomesASampleApproval() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));
    followUp(sample, Result.PENDING, Map.of());

    followUp(sample, Result.PASS, Map.of(Variables.CUSTOMER_FEEDBACK.name(), "性能全部达标"));

    assertThat(sample)
        .hasPassed(Elements.END_RESULT_KNOWN, Elements.RECORD_APPROVAL, Elements.END_APPROVED)
        .hasNotPassed(Elements.NEXT_ROUND)
        .isEnded();
    verify(followUpRecorded, times(2)).notify(any(DelegateTask.class));
    verify(recordApproval).execute(any());
    verifyNoInteractions(startNextRound, notifySalesRep);
    assertThat(managementService().createJobQuery().processInstanceId(sample.getId()).count())
        .as("the escalation timer ends with the follow-up")
        .isZero();
  }

  @Test
  void aConditionalPassIsAlsoASampleApproval() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));

    followUp(
        sample,
        Result.CONDITIONAL_PASS,
        Map.of(
            Variables.RESULT_CONDITIONS.name(), "量产时阻值公差须控制在 ±1%",
            Variables.CUSTOMER_FEEDBACK.name(), "公差偏大，其余合格"));

    assertThat(sample).hasPassed(Elements.RECORD_APPROVAL, Elements.END_APPROVED).isEnded();
    verify(recordApproval).execute(any());
    verifyNoInteractions(startNextRound);
  }

  @Test
  void aFailWithoutANewRoundEndsTheRequest() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));

    followUp(
        sample,
        Result.FAIL,
        Map.of(Variables.CUSTOMER_FEEDBACK.name(), "耐温不够", Variables.NEW_ROUND.name(), false));

    assertThat(sample)
        .hasPassed(Elements.NEXT_ROUND, Elements.END_FAILED)
        .hasNotPassed(Elements.RECORD_APPROVAL, Elements.START_NEXT_ROUND)
        .isEnded();
    verifyNoInteractions(recordApproval, startNextRound);
  }

  @Test
  void aFailWithANewRoundShipsAnImprovedSampleUntilItPasses() throws Exception {
    ProcessInstance sample = startSample(false, 2_000);
    approve(sample, ApprovalDecision.APPROVE, "");
    ship(sample);
    execute(job(sample, Elements.MAIL_TRACKING));
    confirmDelivery(sample);

    followUp(
        sample,
        Result.FAIL,
        Map.of(
            Variables.CUSTOMER_FEEDBACK.name(), "耐温不够",
            Variables.NEW_ROUND.name(), true,
            Variables.IMPROVEMENT_NOTE.name(), "改用耐高温材料"));

    verify(startNextRound).execute(any());
    assertThat(sample)
        .hasPassed(Elements.START_NEXT_ROUND)
        .isNotEnded()
        .isWaitingAt(Elements.APPROVE_SAMPLE)
        .variables()
        .containsEntry(Variables.ROUND_NO.name(), 2);
    verifyNoInteractions(recordApproval);

    approve(sample, ApprovalDecision.APPROVE, "");
    ship(sample);
    execute(job(sample, Elements.MAIL_TRACKING));
    confirmDelivery(sample);
    followUp(sample, Result.PASS, Map.of());

    assertThat(sample).hasPassed(Elements.END_APPROVED).isEnded();
    verify(recordApproval).execute(any());
    verify(registerRequest, times(1)).execute(any());
    verify(approvalRecorded, times(2)).notify(any(DelegateTask.class));
    verify(shipmentRecorded, times(2)).notify(any(DelegateTask.class));
    verify(mailTracking, times(2)).execute(any());
    verify(deliveryRecorded, times(2)).notify(any(DelegateTask.class));
    assertThat(historicTasks(sample, Elements.SHIP_SAMPLE)).isEqualTo(2);
  }

  @Test
  void aNewRoundOfAChargedSampleGoesStraightBackToShipping() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));

    followUp(sample, Result.FAIL, Map.of(Variables.NEW_ROUND.name(), true));

    assertThat(sample)
        .isWaitingAt(Elements.SHIP_SAMPLE)
        .hasNotPassed(Elements.APPROVE_SAMPLE)
        .variables()
        .containsEntry(Variables.ROUND_NO.name(), 2);
    assertThat(historicTasks(sample, Elements.SHIP_SAMPLE)).isEqualTo(2);
  }

  // --- escalation to the sales rep ---

  @Test
  void fourteenDaysWithoutAResultBringInTheSalesRepWhileTheAssistantGoesOn() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));
    Job escalation = job(sample, Elements.ESCALATION_TIMER);
    assertThat(escalation.getDuedate()).isEqualTo(daysAfterNow(14));
    for (int contact = 1; contact <= 4; contact++) {
      followUp(sample, Result.PENDING, Map.of());
    }
    verifyNoInteractions(notifySalesRep);

    passTimer(job(sample, Elements.ESCALATION_TIMER));

    assertThat(sample).isWaitingAt(Elements.NOTIFY_SALES_REP, Elements.FOLLOW_UP_RESULT);
    execute(job(sample, Elements.NOTIFY_SALES_REP));
    verify(notifySalesRep).execute(any());
    Task help = task(Elements.HELP_FOLLOW_UP, sample);
    assertThat(help).isAssignedTo(SALES_REP);
    assertShows(help, "协助跟进样品结果", deadlines.helpDue(), "help-follow-up");

    assertThat(task(Elements.FOLLOW_UP_RESULT, sample)).isAssignedTo(ASSISTANT);
    assertThat(sample).isWaitingAt(Elements.HELP_FOLLOW_UP, Elements.FOLLOW_UP_RESULT);

    complete(
        help,
        withVariables(
            Variables.CONTACT_DATE.name(), "2025-03-18",
            Variables.CONTACT_PERSON.name(), "张工",
            Variables.CONTACT_NOTE.name(), "客户实验室排期到下周"));

    verify(helpRecorded).notify(any(DelegateTask.class));
    assertThat(sample).hasPassed(END_HELP_GIVEN).isWaitingAt(Elements.FOLLOW_UP_RESULT);
    followUp(sample, Result.PENDING, Map.of());
    assertThat(sample).isWaitingAt(Elements.FOLLOW_UP_RESULT);
    assertThat(
            managementService()
                .createJobQuery()
                .processInstanceId(sample.getId())
                .activityId(Elements.ESCALATION_TIMER)
                .count())
        .as("the sales rep is asked once")
        .isZero();

    followUp(sample, Result.PASS, Map.of());

    assertThat(sample).hasPassed(Elements.END_APPROVED).isEnded();
    verify(notifySalesRep, times(1)).execute(any());
    verify(recordApproval).execute(any());
  }

  @Test
  void aKnownResultEndsTheSalesRepsOpenTask() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));
    ClockUtil.setCurrentTime(Date.from(daysAfterNow(14).toInstant()));
    execute(job(sample, Elements.ESCALATION_TIMER));
    execute(job(sample, Elements.NOTIFY_SALES_REP));
    Task help = task(Elements.HELP_FOLLOW_UP, sample);
    assertThat(help).isAssignedTo(SALES_REP);

    followUp(sample, Result.PASS, Map.of());

    assertThat(sample)
        .hasPassed(Elements.END_RESULT_KNOWN, Elements.RECORD_APPROVAL, Elements.END_APPROVED)
        .hasNotPassed(END_HELP_GIVEN)
        .isEnded();
    assertThat(
            historyService()
                .createHistoricTaskInstanceQuery()
                .taskId(help.getId())
                .singleResult()
                .getDeleteReason())
        .isNotEqualTo("completed");
    verifyNoInteractions(helpRecorded);
    verify(recordApproval).execute(any());
  }

  // --- withdrawal ---

  @Test
  void aRequestWithdrawnDuringApprovalEndsThere() throws Exception {
    ProcessInstance sample = startSample(false, 2_000);
    assertThat(sample).isWaitingAt(Elements.APPROVE_SAMPLE);

    withdraw(sample);

    assertWithdrawn(sample);
    verifyNoInteractions(approvalRecorded, recordRefusal, shipmentRecorded);
  }

  @Test
  void aRequestWithdrawnBeforeShippingIsNotShipped() throws Exception {
    ProcessInstance sample = startSample(true, 500);
    assertThat(sample).isWaitingAt(Elements.SHIP_SAMPLE);

    withdraw(sample);

    assertWithdrawn(sample);
    verifyNoInteractions(shipmentRecorded, mailTracking);
  }

  @Test
  void aRequestWithdrawnDuringTheFollowUpEndsTheTimersAndTasks() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));
    followUp(sample, Result.PENDING, Map.of());
    assertThat(sample).isWaitingAt(Elements.FOLLOW_UP_RESULT);

    withdraw(sample);

    assertWithdrawn(sample);
    verifyNoInteractions(notifySalesRep, recordApproval);
  }

  @Test
  void aRequestWithdrawnWhileTheAssistantAndTheRepFollowUpEndsBothTasks() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));
    ClockUtil.setCurrentTime(Date.from(daysAfterNow(14).toInstant()));
    execute(job(sample, Elements.ESCALATION_TIMER));
    execute(job(sample, Elements.NOTIFY_SALES_REP));
    assertThat(sample).isWaitingAt(Elements.HELP_FOLLOW_UP, Elements.FOLLOW_UP_RESULT);

    withdraw(sample);

    assertWithdrawn(sample);
    verifyNoInteractions(helpRecorded, followUpRecorded, recordApproval);
  }

  // --- walking the process ---

  private ProcessInstance startSample(boolean charged, double sampleValue) {
    Map<String, Object> request = new HashMap<>();
    request.put(CustomerScope.CUSTOMER_CODE, "C0001");
    request.put(CustomerScope.CUSTOMER_ASSISTANT, ASSISTANT);
    request.put(CustomerScope.CUSTOMER_SALES_REP, SALES_REP);
    request.put(Variables.PRODUCT_CODE.name(), "EC-R0603-103");
    request.put(Variables.SPEC_TEXT.name(), "");
    request.put(Variables.QUANTITY.name(), 200.0);
    request.put(Variables.UNIT.name(), "件");
    request.put(Variables.PURPOSE.name(), "来料测试");
    request.put(Variables.CHARGED.name(), charged);
    request.put(Variables.SAMPLE_VALUE.name(), sampleValue);
    request.put(Variables.TARGET_DATE.name(), "2025-03-20");
    return runtimeService().startProcessInstanceByKey(SampleTrackingProcess.KEY, request);
  }

  private void approve(ProcessInstance sample, ApprovalDecision decision, String comment) {
    assertThat(sample).isWaitingAt(Elements.APPROVE_SAMPLE);
    complete(
        task(Elements.APPROVE_SAMPLE, sample),
        withVariables(
            Variables.APPROVAL_DECISION.name(),
            decision.value(),
            Variables.APPROVAL_COMMENT.name(),
            comment));
  }

  private void ship(ProcessInstance sample) {
    assertThat(sample).isWaitingAt(Elements.SHIP_SAMPLE);
    complete(
        task(Elements.SHIP_SAMPLE, sample),
        withVariables(
            Variables.CARRIER.name(), "SF",
            Variables.TRACKING_NUMBER.name(), "SF1234567890123",
            Variables.SHIPPED_DATE.name(), "2025-03-04"));
  }

  private void confirmDelivery(ProcessInstance sample) {
    assertThat(sample).isWaitingAt(Elements.CONFIRM_DELIVERY);
    complete(
        task(Elements.CONFIRM_DELIVERY, sample),
        withVariables(Variables.DELIVERED_DATE.name(), "2025-03-05"));
  }

  /** Ships, mails the tracking number and confirms the delivery: the follow-up starts now. */
  private ProcessInstance delivered(ProcessInstance sample) {
    ship(sample);
    execute(job(sample, Elements.MAIL_TRACKING));
    confirmDelivery(sample);
    assertThat(sample).isWaitingAt(Elements.FOLLOW_UP_RESULT);
    return sample;
  }

  private void followUp(ProcessInstance sample, Result result, Map<String, Object> details) {
    Map<String, Object> variables = new HashMap<>(details);
    variables.put(Variables.CONTACT_DATE.name(), "2025-03-08");
    variables.put(Variables.CONTACT_PERSON.name(), "张工");
    variables.put(Variables.CONTACT_NOTE.name(), "已电话询问测试进度");
    variables.put(Variables.SAMPLE_RESULT.name(), result.value());
    complete(task(Elements.FOLLOW_UP_RESULT, sample), variables);
  }

  private void withdraw(ProcessInstance sample) {
    runtimeService()
        .createMessageCorrelation(Messages.WITHDRAW)
        .processInstanceId(sample.getId())
        .setVariable(Variables.WITHDRAWAL_REASON.name(), "客户项目取消")
        .correlate();
  }

  private void assertWithdrawn(ProcessInstance sample) throws Exception {
    assertThat(sample)
        .hasPassed(Elements.WITHDRAWN, Elements.RECORD_WITHDRAWAL, Elements.END_WITHDRAWN)
        .isEnded();
    verify(recordWithdrawal).execute(any());
    assertThat(taskService().createTaskQuery().processInstanceId(sample.getId()).count()).isZero();
    assertThat(managementService().createJobQuery().processInstanceId(sample.getId()).count())
        .isZero();
    assertThat(
            historyService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(sample.getId())
                .variableName(Variables.WITHDRAWAL_REASON.name())
                .singleResult()
                .getValue())
        .isEqualTo("客户项目取消");
    verifyNoInteractions(recordApproval, recordRefusal, startNextRound);
  }

  private static Date daysAfterNow(int days) {
    return Date.from(NOW.plus(Duration.ofDays(days)));
  }

  /** Stands in for the {@code sampleDeadlines} bean: fixed due dates, the default periods. */
  public static final class Deadlines {

    public Date approvalDue() {
      return daysAfterNow(2);
    }

    public Date shippingDue() {
      return daysAfterNow(3);
    }

    public Date deliveryDue() {
      return daysAfterNow(7);
    }

    public Date followUpDue() {
      return daysAfterNow(3);
    }

    public Date helpDue() {
      return daysAfterNow(31);
    }

    public String getFollowUpInterval() {
      return "P3D";
    }

    public String getEscalationAfter() {
      return "P14D";
    }
  }
}
