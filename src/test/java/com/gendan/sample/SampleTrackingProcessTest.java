package com.gendan.sample;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.failOnce;
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
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.DeployedForms;
import com.gendan.ProcessTestEngine;
import com.gendan.process.Actors;
import com.gendan.sample.SampleTrackingProcess.ApprovalDecision;
import com.gendan.sample.SampleTrackingProcess.Beans;
import com.gendan.sample.SampleTrackingProcess.Elements;
import com.gendan.sample.SampleTrackingProcess.Messages;
import com.gendan.sample.SampleTrackingProcess.Result;
import com.gendan.sample.SampleTrackingProcess.Variables;
import com.gendan.scope.CustomerScope;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
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
 * (camunda.cfg.xml): the model and its forms are deployed, every delegate and listener the model
 * names is the real bean over Mockito mocks of the services behind it (SampleService,
 * SampleFormVariables, SampleMails), the forms are submitted as Tasklist submits them, and the
 * clock moves with the timers. What the listeners hand the service is checked as typed arguments.
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

  /** The configured limit above which a free sample needs the sales manager. */
  private static final BigDecimal FREE_SAMPLE_LIMIT = new BigDecimal("1000");

  private static final long SAMPLE_ID = 815L;
  private static final long CUSTOMER_ID = 17L;

  /** End of the sales rep's help; not in {@link Elements} because no code refers to it. */
  private static final String END_HELP_GIVEN = "Event_HelpGiven";

  /** What the assistant logs at every follow-up contact. */
  private static final SampleService.Contact CONTACT =
      new SampleService.Contact(LocalDate.parse("2025-03-08"), "张工", "已电话询问测试进度");

  private final Deadlines deadlines = engine.bean(Beans.DEADLINES, new Deadlines());

  // The services behind the real beans, mocked; their answers are scripted in stubServices.
  private final SampleService sampleService = mock(SampleService.class);
  private final SampleFormVariables formVariables = mock(SampleFormVariables.class);
  private final SampleMails mails = mock(SampleMails.class);

  /** The request as registered; null until registration. */
  private SampleRequestData registered;

  /** The round the sample is in. */
  private int round = 1;

  SampleTrackingProcessTest() {
    engine.bean(
        Beans.REGISTER_REQUEST,
        new RegisterSampleRequest(sampleService, formVariables, engine.formLabels()));
    engine.bean(
        Beans.APPROVAL_RECORDED, new SampleApprovalRecorded(sampleService, engine.formLabels()));
    engine.bean(Beans.RECORD_REFUSAL, new RecordSampleRefused(mails));
    engine.bean(
        Beans.SHIPMENT_RECORDED, new SampleShipmentRecorded(sampleService, engine.formLabels()));
    engine.bean(Beans.MAIL_TRACKING, new MailSampleTracking(mails));
    engine.bean(
        Beans.DELIVERY_RECORDED, new SampleDeliveryRecorded(sampleService, engine.formLabels()));
    engine.bean(
        Beans.FOLLOW_UP_RECORDED, new SampleFollowUpRecorded(sampleService, engine.formLabels()));
    engine.bean(Beans.REMIND_FOLLOW_UP, new RemindSampleFollowUp(mails));
    engine.bean(Beans.NOTIFY_SALES_REP, new NotifySalesRepOfSample(mails));
    engine.bean(Beans.HELP_RECORDED, new SampleHelpRecorded(sampleService, engine.formLabels()));
    engine.bean(Beans.RECORD_APPROVAL, new RecordSampleApproval(sampleService));
    engine.bean(Beans.START_NEXT_ROUND, new StartNextSampleRound(sampleService, formVariables));
    engine.bean(Beans.RECORD_WITHDRAWAL, new RecordSampleWithdrawal(sampleService));
  }

  @BeforeEach
  void stubServices() {
    when(sampleService.register(any(), anyString()))
        .thenAnswer(
            call -> {
              registered = call.getArgument(0);
              return SAMPLE_ID;
            });
    // A free sample above the limit needs the sales manager, in every round.
    when(sampleService.needsApproval(SAMPLE_ID))
        .thenAnswer(
            call ->
                !registered.charged() && registered.sampleValue().compareTo(FREE_SAMPLE_LIMIT) > 0);
    when(sampleService.startNextRound(eq(SAMPLE_ID), any(), anyString()))
        .thenAnswer(call -> ++round);
    doAnswer(
            call -> {
              VariableScope scope = call.getArgument(0);
              Variables.SAMPLE_NUMBER.set(scope, "YP-2025-0001");
              Variables.ROUND_NO.set(scope, round);
              Variables.CUSTOMER_NAME.set(scope, "苏州华东精密机械有限公司");
              Variables.SAMPLE_SUMMARY.set(scope, "0603 贴片电阻 10kΩ，200件，用途：来料测试（免费样品）");
              return null;
            })
        .when(formVariables)
        .publish(any(), eq(SAMPLE_ID));
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

    verify(sampleService)
        .register(
            argThat(
                data ->
                    data.customerId() == CUSTOMER_ID
                        && "EC-R0603-103".equals(data.productCode())
                        && data.quantity().compareTo(new BigDecimal("200")) == 0
                        && "件".equals(data.unit())
                        && "来料测试".equals(data.purpose())
                        && !data.charged()
                        && data.sampleValue().compareTo(new BigDecimal("2000")) == 0
                        && LocalDate.parse("2025-03-20").equals(data.targetDate())),
            anyString());
    verify(sampleService).linkProcess(SAMPLE_ID, sample.getId());
    assertThat(sample.getBusinessKey()).isEqualTo("YP-2025-0001");
    assertThat(sample)
        .isWaitingAt(Elements.APPROVE_SAMPLE)
        .variables()
        .containsEntry(Variables.APPROVAL_REQUIRED.name(), true);
    Task approval = task(sample);
    assertThat(approval).hasCandidateGroup(SALES_MANAGER).isNotAssigned();
    assertShows(approval, "审批免费样品", deadlines.approvalDue(), "approve-sample");
    verify(sampleService, never()).ship(anyLong(), any(), any());
  }

  @Test
  void anApprovedSampleGoesToTheWarehouse() throws Exception {
    ProcessInstance sample = startSample(false, 2_000);

    approve(sample, ApprovalDecision.APPROVE, "");

    verify(sampleService).decideApproval(SAMPLE_ID, true, "", Actors.SYSTEM);
    assertThat(sample).hasPassed(Elements.APPROVE_SAMPLE).isWaitingAt(Elements.SHIP_SAMPLE);
    Task shipping = task(sample);
    assertThat(shipping).hasCandidateGroup(WAREHOUSE);
    assertShows(shipping, "准备并寄出样品", deadlines.shippingDue(), "ship-sample");
    verify(mails, never()).refusedToAssistant(anyLong(), any());
  }

  @Test
  void aRefusedSampleEndsWithoutBeingShipped() throws Exception {
    ProcessInstance sample = startSample(false, 2_000);

    approve(sample, ApprovalDecision.REFUSE, "价值太高，请改为收费样品");

    verify(sampleService).decideApproval(SAMPLE_ID, false, "价值太高，请改为收费样品", Actors.SYSTEM);
    verify(mails).refusedToAssistant(SAMPLE_ID, "价值太高，请改为收费样品");
    assertThat(sample)
        .hasPassed(Elements.RECORD_REFUSAL, Elements.END_REFUSED)
        .hasNotPassed(Elements.SHIP_SAMPLE)
        .isEnded();
    verify(sampleService, never()).ship(anyLong(), any(), any());
    verify(mails, never()).trackingToCustomer(anyLong());
    verify(sampleService, never()).recordApproval(anyLong());
    assertThat(historicTasks(sample, Elements.SHIP_SAMPLE)).isZero();
  }

  @Test
  void aChargedSampleNeedsNoApproval() throws Exception {
    ProcessInstance sample = startSample(true, 50_000);

    assertThat(sample).variables().containsEntry(Variables.APPROVAL_REQUIRED.name(), false);
    assertThat(sample).isWaitingAt(Elements.SHIP_SAMPLE).hasNotPassed(Elements.APPROVE_SAMPLE);
    verifyNoApprovalDecided();
    verify(mails, never()).refusedToAssistant(anyLong(), any());
  }

  @Test
  void aFreeSampleWithinTheLimitNeedsNoApproval() throws Exception {
    ProcessInstance sample = startSample(false, 300);

    assertThat(sample).isWaitingAt(Elements.SHIP_SAMPLE).hasNotPassed(Elements.APPROVE_SAMPLE);
    assertThat(historicTasks(sample, Elements.APPROVE_SAMPLE)).isZero();
    verifyNoApprovalDecided();
  }

  // --- shipping and delivery ---

  @Test
  void theShipmentIsMailedAndTheDeliveryConfirmed() throws Exception {
    ProcessInstance sample = startSample(true, 500);

    ship(sample);

    verify(sampleService)
        .ship(
            SAMPLE_ID,
            new SampleService.Shipment("SF", "SF1234567890123", LocalDate.parse("2025-03-04")),
            Actors.SYSTEM);
    assertThat(sample).isWaitingAt(Elements.MAIL_TRACKING);
    verify(mails, never()).trackingToCustomer(anyLong());
    execute(job(sample, Elements.MAIL_TRACKING));
    verify(mails).trackingToCustomer(SAMPLE_ID);

    assertThat(sample).isWaitingAt(Elements.CONFIRM_DELIVERY);
    Task delivery = task(sample);
    assertThat(delivery).hasCandidateGroup(WAREHOUSE).hasCandidateUser(ASSISTANT);
    assertShows(delivery, "确认样品签收", deadlines.deliveryDue(), "confirm-delivery");
    verify(sampleService, never()).deliver(anyLong(), any(), any());

    confirmDelivery(sample);

    verify(sampleService).deliver(SAMPLE_ID, LocalDate.parse("2025-03-05"), Actors.SYSTEM);
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

    failOnce(
        sample,
        Elements.MAIL_TRACKING,
        failure -> doThrow(failure).when(mails).trackingToCustomer(SAMPLE_ID),
        "SMTP server down");

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

      verify(sampleService, times(contact))
          .followUp(SAMPLE_ID, CONTACT, null, null, null, ASSISTANT);
    }

    assertThat(sample).isWaitingAt(Elements.FOLLOW_UP_RESULT);
    assertThat(historicTasks(sample, Elements.FOLLOW_UP_RESULT)).isEqualTo(4);
    verify(mails, never()).followUpReminder(anyLong(), anyString());
    verify(mails, never()).askSalesRepToHelp(anyLong());
    verify(sampleService, never()).recordApproval(anyLong());
    verify(sampleService, never()).startNextRound(anyLong(), any(), any());
  }

  @Test
  void anOpenFollowUpRemindsTheAssistantEveryFewDaysAndStaysOpen() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));
    Task followUp = task(sample);

    for (int firing = 1; firing <= 2; firing++) {
      Job reminder = timer(sample, Elements.FOLLOW_UP_RESULT);
      assertThat(reminder.getDuedate()).isEqualTo(daysAfterNow(3 * firing));
      verify(mails, times(firing - 1)).followUpReminder(eq(SAMPLE_ID), anyString());

      passTimer(reminder);

      verify(mails, times(firing)).followUpReminder(eq(SAMPLE_ID), anyString());
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
    verify(sampleService).followUp(SAMPLE_ID, CONTACT, null, null, null, ASSISTANT);
    verify(sampleService)
        .followUp(SAMPLE_ID, CONTACT, SampleResult.PASS, null, "性能全部达标", ASSISTANT);
    verify(sampleService).recordApproval(SAMPLE_ID);
    verify(sampleService, never()).startNextRound(anyLong(), any(), any());
    verify(mails, never()).askSalesRepToHelp(anyLong());
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
    verify(sampleService)
        .followUp(
            SAMPLE_ID,
            CONTACT,
            SampleResult.CONDITIONAL_PASS,
            "量产时阻值公差须控制在 ±1%",
            "公差偏大，其余合格",
            ASSISTANT);
    verify(sampleService).recordApproval(SAMPLE_ID);
    verify(sampleService, never()).startNextRound(anyLong(), any(), any());
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
    verify(sampleService).followUp(SAMPLE_ID, CONTACT, SampleResult.FAIL, null, "耐温不够", ASSISTANT);
    verify(sampleService, never()).recordApproval(anyLong());
    verify(sampleService, never()).startNextRound(anyLong(), any(), any());
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

    verify(sampleService).startNextRound(SAMPLE_ID, "改用耐高温材料", Actors.SYSTEM);
    assertThat(sample)
        .hasPassed(Elements.START_NEXT_ROUND)
        .isNotEnded()
        .isWaitingAt(Elements.APPROVE_SAMPLE)
        .variables()
        .containsEntry(Variables.ROUND_NO.name(), 2)
        .containsEntry(Variables.APPROVAL_REQUIRED.name(), true);
    verify(sampleService, never()).recordApproval(anyLong());

    approve(sample, ApprovalDecision.APPROVE, "");
    ship(sample);
    execute(job(sample, Elements.MAIL_TRACKING));
    confirmDelivery(sample);
    followUp(sample, Result.PASS, Map.of());

    assertThat(sample).hasPassed(Elements.END_APPROVED).isEnded();
    verify(sampleService).recordApproval(SAMPLE_ID);
    verify(sampleService, times(1)).register(any(), anyString());
    verify(sampleService, times(2)).decideApproval(SAMPLE_ID, true, "", Actors.SYSTEM);
    verify(sampleService, times(2)).ship(eq(SAMPLE_ID), any(), anyString());
    verify(mails, times(2)).trackingToCustomer(SAMPLE_ID);
    verify(sampleService, times(2)).deliver(eq(SAMPLE_ID), any(), anyString());
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
        .containsEntry(Variables.ROUND_NO.name(), 2)
        .containsEntry(Variables.APPROVAL_REQUIRED.name(), false);
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
    verify(mails, never()).askSalesRepToHelp(anyLong());

    passTimer(job(sample, Elements.ESCALATION_TIMER));

    assertThat(sample).isWaitingAt(Elements.NOTIFY_SALES_REP, Elements.FOLLOW_UP_RESULT);
    execute(job(sample, Elements.NOTIFY_SALES_REP));
    verify(mails).askSalesRepToHelp(SAMPLE_ID);
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

    verify(sampleService)
        .logHelp(
            SAMPLE_ID,
            new SampleService.Contact(LocalDate.parse("2025-03-18"), "张工", "客户实验室排期到下周"),
            SALES_REP);
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
    verify(mails, times(1)).askSalesRepToHelp(SAMPLE_ID);
    verify(sampleService).recordApproval(SAMPLE_ID);
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
    verify(sampleService, never()).logHelp(anyLong(), any(), any());
    verify(sampleService).recordApproval(SAMPLE_ID);
  }

  // --- withdrawal ---

  @Test
  void aRequestWithdrawnDuringApprovalEndsThere() throws Exception {
    ProcessInstance sample = startSample(false, 2_000);
    assertThat(sample).isWaitingAt(Elements.APPROVE_SAMPLE);

    withdraw(sample);

    assertWithdrawn(sample);
    verifyNoApprovalDecided();
    verify(mails, never()).refusedToAssistant(anyLong(), any());
    verify(sampleService, never()).ship(anyLong(), any(), any());
  }

  @Test
  void aRequestWithdrawnBeforeShippingIsNotShipped() throws Exception {
    ProcessInstance sample = startSample(true, 500);
    assertThat(sample).isWaitingAt(Elements.SHIP_SAMPLE);

    withdraw(sample);

    assertWithdrawn(sample);
    verify(sampleService, never()).ship(anyLong(), any(), any());
    verify(mails, never()).trackingToCustomer(anyLong());
  }

  @Test
  void aRequestWithdrawnDuringTheFollowUpEndsTheTimersAndTasks() throws Exception {
    ProcessInstance sample = delivered(startSample(true, 500));
    followUp(sample, Result.PENDING, Map.of());
    assertThat(sample).isWaitingAt(Elements.FOLLOW_UP_RESULT);

    withdraw(sample);

    assertWithdrawn(sample);
    verify(mails, never()).askSalesRepToHelp(anyLong());
    verify(sampleService, never()).recordApproval(anyLong());
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
    verify(sampleService, never()).logHelp(anyLong(), any(), any());
    verify(sampleService, never()).followUp(anyLong(), any(), any(), any(), any(), any());
    verify(sampleService, never()).recordApproval(anyLong());
  }

  // --- walking the process ---

  private ProcessInstance startSample(boolean charged, double sampleValue) {
    Map<String, Object> request = new HashMap<>();
    // the customer scope's start listener puts the customer's id next to its code
    request.put(CustomerScope.CUSTOMER_ID, CUSTOMER_ID);
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
    verify(sampleService).withdraw(SAMPLE_ID, "客户项目取消", Actors.SYSTEM);
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
    verify(sampleService, never()).recordApproval(anyLong());
    verify(mails, never()).refusedToAssistant(anyLong(), any());
    verify(sampleService, never()).startNextRound(anyLong(), any(), any());
  }

  private void verifyNoApprovalDecided() {
    verify(sampleService, never()).decideApproval(anyLong(), anyBoolean(), any(), any());
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
