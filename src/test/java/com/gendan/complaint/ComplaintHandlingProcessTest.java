package com.gendan.complaint;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.historicTasks;
import static com.gendan.ProcessTestEngine.job;
import static com.gendan.ProcessTestEngine.passTimer;
import static com.gendan.ProcessTestEngine.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.DeployedForms;
import com.gendan.ProcessTestEngine;
import com.gendan.complaint.ComplaintHandlingProcess.ApprovalDecision;
import com.gendan.complaint.ComplaintHandlingProcess.Attribution;
import com.gendan.complaint.ComplaintHandlingProcess.Beans;
import com.gendan.complaint.ComplaintHandlingProcess.Category;
import com.gendan.complaint.ComplaintHandlingProcess.DispositionKind;
import com.gendan.complaint.ComplaintHandlingProcess.Elements;
import com.gendan.complaint.ComplaintHandlingProcess.Severity;
import com.gendan.complaint.ComplaintHandlingProcess.Variables;
import com.gendan.complaint.ComplaintHandlingProcess.Verification;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.DeployedFormFields;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.scope.CustomerScope;
import com.gendan.shipment.TransportMode;
import com.gendan.time.EngineClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;

/**
 * Walks every path of the complaint process (SPEC D9) on a plain in-memory engine (camunda.cfg.xml)
 * with its decision table and forms deployed: the real thin delegates and listeners run over
 * Mockito mocks of the complaint service, the form variables and the mails, so each test checks
 * what the model hands the service, and the clock moves with the timers.
 */
@Deployment(
    resources = {
      "processes/complaint-handling.bpmn",
      "processes/complaint-disposition.dmn",
      "forms/register-complaint.form",
      "forms/investigate-complaint.form",
      "forms/propose-disposition.form",
      "forms/approve-disposition.form",
      "forms/receive-return.form",
      "forms/check-return.form",
      "forms/record-reshipment.form",
      "forms/confirm-closure.form",
      "forms/verify-complaint.form"
    })
@ProcessTestEngine.Covers(model = "complaintHandling", atLeast = 0.99)
class ComplaintHandlingProcessTest {

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private static final Instant NOW = Instant.parse("2025-03-03T01:30:00Z");
  private static final String ASSISTANT = "liu.fang";
  private static final long COMPLAINT_ID = 42L;
  private static final String NUMBER = "KS-2025-00042";

  private final ComplaintService service = mock(ComplaintService.class);
  private final ComplaintFormVariables formVariables = mock(ComplaintFormVariables.class);
  private final ComplaintMails mails = mock(ComplaintMails.class);
  private final FormLabels labels =
      new FormLabels(new DeployedFormFields(engine.getProcessEngine(), new ObjectMapper()));

  private final ComplaintDeadlines deadlines =
      engine.bean(
          Beans.DEADLINES,
          new ComplaintDeadlines(
              new ComplaintProperties(
                  Duration.ofDays(7),
                  Duration.ofDays(5),
                  Duration.ofDays(30),
                  Period.ofDays(3),
                  Period.ofDays(2),
                  Period.ofDays(7),
                  Period.ofDays(2),
                  Period.ofDays(14),
                  Period.ofDays(5),
                  Period.ofDays(3),
                  Period.ofDays(14),
                  DataSize.ofMegabytes(5),
                  List.of("image/jpeg"),
                  20),
              new EngineClock(ZoneId.of("Asia/Shanghai"))));

  {
    engine.bean(Beans.REGISTER_COMPLAINT, new RegisterComplaint(service, formVariables, labels));
    engine.bean(Beans.NOTIFY_REGISTERED, new NotifyComplaintRegistered(mails));
    engine.bean(Beans.INVESTIGATION_RECORDED, new ComplaintInvestigationRecorded(service, labels));
    engine.bean(Beans.REMIND_INVESTIGATION, new RemindComplaintInvestigation(mails));
    engine.bean(Beans.ESCALATE_INVESTIGATION, new EscalateComplaintInvestigation(mails));
    engine.bean(Beans.DISPOSITION_PROPOSED, new ComplaintDispositionProposed(service, labels));
    engine.bean(Beans.DISPOSITION_DECIDED, new ComplaintDispositionDecided(service, labels));
    engine.bean(Beans.RECORD_APPROVED, new RecordDispositionApproved(service));
    engine.bean(Beans.START_REPLACEMENT_ORDER, new StartReplacementOrder(service));
    engine.bean(Beans.RECORD_ALLOWANCE, new RecordComplaintAllowance(service));
    engine.bean(Beans.RETURN_RECEIVED, new ComplaintReturnReceived(service, formVariables, labels));
    engine.bean(Beans.RETURN_CHECKED, new ComplaintReturnChecked(service, labels));
    engine.bean(Beans.RESHIPMENT_RECORDED, new ComplaintReshipmentRecorded(service, labels));
    engine.bean(Beans.CLOSURE_CONFIRMED, new ComplaintClosureConfirmed(service, labels));
    engine.bean(Beans.VERIFICATION_OPENED, new ComplaintVerificationOpened(service));
    engine.bean(Beans.VERIFICATION_RECORDED, new ComplaintVerificationRecorded(service, labels));
    engine.bean(Beans.REOPEN, new ReopenComplaint());
  }

  @BeforeEach
  void stubServices() {
    doAnswer(
            invocation -> {
              VariableScope scope = invocation.getArgument(0);
              Variables.COMPLAINT_NUMBER.set(scope, NUMBER);
              Variables.CUSTOMER_NAME.set(scope, "苏州华东精密机械有限公司");
              Variables.ORDER_NUMBER.set(scope, "XS-2025-00007");
              Variables.COMPLAINT_SUMMARY.set(scope, "品质不良（严重）：电阻阻值偏差超出规格");
              return null;
            })
        .when(formVariables)
        .publish(any(), anyLong());
    when(service.repeatComplaints(COMPLAINT_ID)).thenReturn(List.of());
  }

  // --- registration, investigation, reminder, overdue ---

  @Test
  void theRegistrationFormIsTheDeployedStartForm() throws Exception {
    assertThat(DeployedForms.start(ComplaintHandlingProcess.KEY))
        .contains("\"id\": \"register-complaint\"");
  }

  @Test
  void aComplaintFromTheStartFormIsRegisteredAndQualityAndTheCustomerAreTold() {
    when(service.references(eq("xs-2025-00007"), eq(null), any()))
        .thenReturn(new ComplaintService.References(7L, null));
    when(service.register(any(), anyString())).thenReturn(COMPLAINT_ID);

    ProcessInstance complaint = startFromForm("xs-2025-00007");

    verify(service)
        .register(
            new ComplaintRequest(3L, 7L, null, Category.QUALITY_DEFECT, Severity.MAJOR, "阻值偏差超出规格"),
            "system");
    verify(service).linkProcess(COMPLAINT_ID, complaint.getId());
    assertThat(complaint).hasBusinessKey(NUMBER).isWaitingAt(Elements.NOTIFY_REGISTERED);
    execute(job(complaint, Elements.NOTIFY_REGISTERED));
    verify(mails).registered(COMPLAINT_ID);
    Task investigation = task(complaint);
    assertThat(investigation).hasCandidateGroup("quality").isNotAssigned();
    assertShows(investigation, "调查客诉原因", deadlines.investigationDue(), "investigate-complaint");
  }

  @Test
  void aStartFormWithProblemsNamesEveryFieldByItsLabelAndStartsNothing() {
    doAnswer(
            invocation -> {
              List<FieldProblem> problems = invocation.getArgument(2);
              problems.add(new FieldProblem("orderNumber", "订单不存在：XS-1"));
              return new ComplaintService.References(null, null);
            })
        .when(service)
        .references(any(), any(), any());
    when(service.problemsOf(any()))
        .thenReturn(
            List.of(
                new FieldProblem("orderId", "请填写订单或出货批次（至少一项）"),
                new FieldProblem("description", "请写明客户反映的问题")));

    assertThatThrownBy(() -> startFromForm("XS-1"))
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("订单号：订单不存在：XS-1；客户反映的问题：请写明客户反映的问题");
    verify(service, never()).register(any(), any());
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void qualityIsRemindedAndWhenTheInvestigationIsOverdueTheSalesManagersAreMailed() {
    ProcessInstance complaint = registered();

    execute(job(complaint, Elements.INVESTIGATE));
    verify(mails).investigationReminder(eq(COMPLAINT_ID), anyString());
    passTimer(timer(complaint, Elements.INVESTIGATION_OVERDUE));
    execute(job(complaint, Elements.ESCALATE_INVESTIGATION));

    verify(mails).investigationOverdue(COMPLAINT_ID);
    assertThat(complaint)
        .isWaitingAt(Elements.INVESTIGATE)
        .hasPassed("Event_InvestigationEscalated");
  }

  // --- dispositions ---

  @Test
  void acceptedAsIsTheSalesManagerAloneApprovesAndAfterClosureAndVerificationItCloses() {
    ProcessInstance complaint = investigated(registered());

    Task proposal = task(complaint);
    assertThat(proposal).isAssignedTo(ASSISTANT);
    assertShows(proposal, "拟定处理方案", deadlines.proposalDue(), "propose-disposition");
    propose(complaint, DispositionKind.ACCEPT_AS_IS, 0, false);
    verify(service)
        .propose(
            eq(COMPLAINT_ID),
            argThat(
                d ->
                    d.kind() == DispositionKind.ACCEPT_AS_IS
                        && d.amountCny().signum() == 0
                        && !d.returnExpected()),
            anyString());
    assertThat(complaint)
        .variables()
        .containsEntry(Variables.APPROVER_GROUPS.name(), List.of("sales-manager"));
    Task approval = task(complaint);
    assertThat(approval).hasCandidateGroup("sales-manager");
    assertShows(approval, "审批处理方案", deadlines.approvalDue(), "approve-disposition");
    decide(complaint, ApprovalDecision.APPROVE, null);

    verify(service).decide(eq(COMPLAINT_ID), eq("sales-manager"), eq(true), eq(null), anyString());
    verify(service).approved(eq(COMPLAINT_ID), anyString());
    verify(service, never()).startReplacementOrder(anyLong(), any());
    verify(service, never()).recordAllowance(anyLong(), any());
    closeAndVerify(complaint, Verification.EFFECTIVE);
    assertThat(complaint).isEnded().hasPassed(Elements.END_CLOSED);
    verify(service).verify(eq(COMPLAINT_ID), eq(true), eq(null), anyString());
  }

  @Test
  void aRemakeAboveItsThresholdIsApprovedByBothManagersInOrderAndStartsTheReplacementOrder() {
    when(service.startReplacementOrder(eq(COMPLAINT_ID), anyString())).thenReturn("XS-2025-00099");
    ProcessInstance complaint = investigated(registered());

    propose(complaint, DispositionKind.REMAKE, 20_000.01, false);
    assertThat(task(complaint)).hasCandidateGroup("sales-manager");
    decide(complaint, ApprovalDecision.APPROVE, null);
    Task second = task(complaint);
    assertThat(second).hasCandidateGroup("general-manager");
    assertThat(taskService().getVariable(second.getId(), Variables.DISPOSITION_DECISION.name()))
        .as("the second approver's form opens blank")
        .isNull();
    decide(complaint, ApprovalDecision.APPROVE, "同意补做");

    verify(service).startReplacementOrder(eq(COMPLAINT_ID), anyString());
    assertThat(complaint)
        .isWaitingAt(Elements.CONFIRM_CLOSURE)
        .variables()
        .containsEntry(Variables.REPLACEMENT_ORDER_NUMBER.name(), "XS-2025-00099");
    verify(service, never()).recordAllowance(anyLong(), any());
  }

  @Test
  void aDiscountIsApprovedByManagerFinanceAndGeneralManagerAndBecomesAnAllowance() {
    ProcessInstance complaint = investigated(registered());

    propose(complaint, DispositionKind.DISCOUNT, 15_000, false);
    for (String group : List.of("sales-manager", "finance", "general-manager")) {
      assertThat(task(complaint)).hasCandidateGroup(group);
      decide(complaint, ApprovalDecision.APPROVE, null);
    }

    verify(service).recordAllowance(eq(COMPLAINT_ID), anyString());
    verify(service, never()).startReplacementOrder(anyLong(), any());
    assertThat(complaint).isWaitingAt(Elements.CONFIRM_CLOSURE);
  }

  @Test
  void reworkedGoodsComeBackReceivedByTheWarehouseAndCheckedByQuality() {
    ProcessInstance complaint = investigated(registered());
    propose(complaint, DispositionKind.REWORK, 3_000, true);
    decide(complaint, ApprovalDecision.APPROVE, null);

    Task receipt = task(complaint);
    assertThat(receipt).hasCandidateGroup("warehouse");
    assertShows(receipt, "签收退货", deadlines.returnDue(), "receive-return");
    complete(
        receipt,
        withVariables(
            Variables.RECEIVED_ON.name(), "2025-03-05",
            Variables.RETURNED_LINES.name(), "1 200\n\n2，5.5"));
    verify(service)
        .receiveReturn(
            eq(COMPLAINT_ID),
            eq(LocalDate.parse("2025-03-05")),
            eq(
                List.of(
                    new ComplaintService.LineQuantity(1, new BigDecimal("200")),
                    new ComplaintService.LineQuantity(2, new BigDecimal("5.5")))),
            anyString());
    verify(formVariables).publishReturned(any(), eq(COMPLAINT_ID));
    Task check = task(complaint);
    assertThat(check).hasCandidateGroup("quality");
    assertShows(check, "检验退货", deadlines.returnCheckDue(), "check-return");
    complete(check, withVariables(Variables.RETURN_CHECK_NOTE.name(), "确认阻值偏差，批次报废"));

    verify(service).checkReturn(eq(COMPLAINT_ID), eq("确认阻值偏差，批次报废"), anyString());
    // reworked, the goods go out again
    assertThat(complaint).isWaitingAt(Elements.RECORD_RESHIPMENT);
    reship(complaint, "1 200");
    assertThat(complaint).isWaitingAt(Elements.CONFIRM_CLOSURE);
  }

  @Test
  void aReworkWithoutReturnIsReshippedByTheWarehouseAndItsShipmentShownAtTheClosure() {
    when(service.reship(anyLong(), any(), any(), any(), anyString())).thenReturn("XS-2025-00007-3");
    ProcessInstance complaint = investigated(registered());
    propose(complaint, DispositionKind.REWORK, 800, false);
    decide(complaint, ApprovalDecision.APPROVE, null);

    Task reshipment = task(complaint);
    assertThat(reshipment).hasCandidateGroup("warehouse");
    assertShows(reshipment, "登记补发出库", deadlines.reshipmentDue(), "record-reshipment");
    assertThatThrownBy(
            () ->
                complete(
                    reshipment,
                    withVariables(
                        Variables.RESHIPPED_LINES.name(), "1 200\n两百件",
                        Variables.TRANSPORT_MODE.name(), "EXPRESS",
                        Variables.CARRIER.name(), "顺丰速运",
                        Variables.TRACKING_NUMBER.name(), "SF100200300",
                        Variables.SHIPPED_ON.name(), "2025-03-05")))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("补发数量第2行：请按“行号 数量”填写，如：1 200");
    verify(service, never()).reship(anyLong(), any(), any(), any(), anyString());

    reship(complaint, "1 200\n2 5.5");
    verify(service)
        .reship(
            eq(COMPLAINT_ID),
            eq(
                List.of(
                    new ComplaintService.LineQuantity(1, new BigDecimal("200")),
                    new ComplaintService.LineQuantity(2, new BigDecimal("5.5")))),
            eq(TransportMode.EXPRESS),
            eq(
                new ComplaintService.Reshipment(
                    "顺丰速运", "SF100200300", LocalDate.parse("2025-03-05"))),
            anyString());
    assertThat(complaint)
        .isWaitingAt(Elements.CONFIRM_CLOSURE)
        .variables()
        .containsEntry(Variables.RESHIPMENT_NUMBER.name(), "XS-2025-00007-3");
  }

  @Test
  void returnedRowsThatCannotBeReadAndTheServicesRefusalAreNamedOnTheRowsTyped() {
    ProcessInstance complaint = investigated(registered());
    propose(complaint, DispositionKind.REWORK, 0, true);
    decide(complaint, ApprovalDecision.APPROVE, null);
    Task receipt = task(complaint);

    assertThatThrownBy(
            () ->
                complete(
                    receipt,
                    withVariables(
                        Variables.RECEIVED_ON.name(), "2025-03-05",
                        Variables.RETURNED_LINES.name(), "1 200\n一百件")))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("退货明细第2行：请按“行号 数量”填写，如：1 200");
    doThrow(
            new InvalidRequestException(
                List.of(new FieldProblem("lines[1]", "退货数量 300 超过已出货数量 200"))))
        .when(service)
        .receiveReturn(anyLong(), any(), any(), any());
    assertThatThrownBy(
            () ->
                complete(
                    receipt,
                    withVariables(
                        Variables.RECEIVED_ON.name(), "2025-03-05",
                        Variables.RETURNED_LINES.name(), "1 200\n\n1 300")))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("退货明细第3行：退货数量 300 超过已出货数量 200");
    assertThat(complaint).isWaitingAt(Elements.RECEIVE_RETURN);
    verify(formVariables, never()).publishReturned(any(), anyLong());
  }

  @Test
  void aRejectedDispositionGoesBackToTheAssistantWithTheReasonAndIsApprovedOnItsSecondProposal() {
    ProcessInstance complaint = investigated(registered());
    propose(complaint, DispositionKind.CUSTOMER_DEMAND, 12_000, false);

    decide(complaint, ApprovalDecision.REJECT, "金额过高，请与客户再谈");
    verify(service)
        .decide(eq(COMPLAINT_ID), eq("sales-manager"), eq(false), eq("金额过高，请与客户再谈"), anyString());
    assertThat(complaint)
        .isWaitingAt(Elements.PROPOSE_DISPOSITION)
        .variables()
        .containsEntry(Variables.DECISION_COMMENT.name(), "金额过高，请与客户再谈");
    assertThat(historicTasks(complaint, Elements.APPROVE_DISPOSITION)).isEqualTo(1);
    propose(complaint, DispositionKind.CUSTOMER_DEMAND, 8_000, false);
    assertThat(complaint)
        .variables()
        .containsEntry(Variables.APPROVER_GROUPS.name(), List.of("sales-manager"));
    decide(complaint, ApprovalDecision.APPROVE, null);

    verify(service).approved(eq(COMPLAINT_ID), anyString());
    assertThat(complaint).isWaitingAt(Elements.CONFIRM_CLOSURE);
  }

  @Test
  void aRefusalTheServiceRejectsIsShownWithTheFormsLabelAndTheTaskStaysOpen() {
    ProcessInstance complaint = investigated(registered());
    propose(complaint, DispositionKind.ACCEPT_AS_IS, 0, false);
    doThrow(InvalidRequestException.of("comment", "退回时必须写明原因"))
        .when(service)
        .decide(anyLong(), any(), eq(false), any(), any());

    assertThatThrownBy(() -> decide(complaint, ApprovalDecision.REJECT, null))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("意见：退回时必须写明原因");
    assertThatThrownBy(() -> complete(task(complaint), withVariables("dispositionDecision", "")))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("审批决定：请选择同意或退回");
    assertThat(complaint).isWaitingAt(Elements.APPROVE_DISPOSITION);
  }

  @Test
  void aProposalWithoutKindOrAmountNamesBothFields() {
    ProcessInstance complaint = investigated(registered());

    assertThatThrownBy(() -> complete(task(complaint), withVariables("dispositionNote", "")))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("处理方式：请选择处理方式；金额（人民币）：请填写金额（无费用填0）");
    verify(service, never()).propose(anyLong(), any(), any());
  }

  // --- verification ---

  @Test
  void aCountermeasureThatDidNotWorkIsInvestigatedAgainAndVerifiedAfterTheNextPeriod() {
    when(service.repeatComplaints(COMPLAINT_ID))
        .thenReturn(List.of("KS-2025-00050（2025-03-20）：同批阻值偏差"))
        .thenReturn(List.of());
    ProcessInstance complaint = investigated(registered());
    propose(complaint, DispositionKind.ACCEPT_AS_IS, 0, false);
    decide(complaint, ApprovalDecision.APPROVE, null);

    closeAndVerify(complaint, Verification.NOT_EFFECTIVE);

    verify(service).verify(eq(COMPLAINT_ID), eq(false), eq("客户再次投诉同类问题"), anyString());
    assertThat(complaint)
        .isWaitingAt(Elements.INVESTIGATE)
        .variables()
        .doesNotContainKey(Variables.ROOT_CAUSE.name())
        .containsEntry(Variables.REOPENED.name(), true);
    complete(
        task(complaint),
        withVariables(
            Variables.ROOT_CAUSE.name(), "烧结炉温控漂移",
            Variables.COUNTERMEASURE.name(), "更换温控模块，每班点检"));
    assertThat(complaint).isWaitingAt(Elements.VERIFICATION_DUE);
    assertThat(historicTasks(complaint, Elements.PROPOSE_DISPOSITION)).isEqualTo(1);
    passTimer(timer(complaint, Elements.VERIFICATION_DUE));
    assertThat(complaint)
        .variables()
        .containsEntry(Variables.REPEAT_COMPLAINTS.name(), ComplaintVerificationOpened.NONE);
    complete(task(complaint), withVariables(Variables.VERIFICATION.name(), "effective"));

    assertThat(complaint).isEnded();
    assertThat(historicTasks(complaint, Elements.INVESTIGATE)).isEqualTo(2);
  }

  // --- helpers ---

  /** Started as the API does: the complaint registered, its id in the instance. */
  private ProcessInstance registered() {
    Map<String, Object> start = new HashMap<>();
    start.put(CustomerScope.CUSTOMER_ID, 3L);
    start.put(CustomerScope.CUSTOMER_ASSISTANT, ASSISTANT);
    start.put(Variables.COMPLAINT_ID.name(), COMPLAINT_ID);
    ProcessInstance complaint =
        runtimeService().startProcessInstanceByKey(ComplaintHandlingProcess.KEY, start);
    execute(job(complaint, Elements.NOTIFY_REGISTERED));
    return complaint;
  }

  private ProcessInstance startFromForm(String orderNumber) {
    Map<String, Object> form = new HashMap<>();
    form.put(CustomerScope.CUSTOMER_ID, 3L);
    form.put(CustomerScope.CUSTOMER_ASSISTANT, ASSISTANT);
    form.put(Variables.ORDER_NUMBER.name(), orderNumber);
    form.put(Variables.CATEGORY.name(), "qualityDefect");
    form.put(Variables.SEVERITY.name(), "major");
    form.put(Variables.DESCRIPTION.name(), "阻值偏差超出规格");
    return runtimeService().startProcessInstanceByKey(ComplaintHandlingProcess.KEY, form);
  }

  private ProcessInstance investigated(ProcessInstance complaint) {
    complete(
        task(complaint),
        withVariables(
            Variables.ROOT_CAUSE.name(), "来料批次电阻浆料异常",
            Variables.COUNTERMEASURE.name(), "来料增加阻值抽检"));
    verify(service)
        .investigate(
            eq(COMPLAINT_ID),
            eq(new ComplaintService.Investigation("来料批次电阻浆料异常", "来料增加阻值抽检")),
            anyString());
    return complaint;
  }

  private void propose(
      ProcessInstance complaint, DispositionKind kind, double amount, boolean returnExpected) {
    assertThat(complaint).isWaitingAt(Elements.PROPOSE_DISPOSITION);
    Map<String, Object> form = new HashMap<>();
    form.put(Variables.DISPOSITION_KIND.name(), kind.value());
    form.put(Variables.DISPOSITION_AMOUNT.name(), amount);
    if (returnExpected) {
      form.put(Variables.RETURN_EXPECTED.name(), true);
    }
    complete(task(complaint), form);
  }

  private void decide(ProcessInstance complaint, ApprovalDecision decision, String comment) {
    assertThat(complaint).isWaitingAt(Elements.APPROVE_DISPOSITION);
    Map<String, Object> form = new HashMap<>();
    form.put(Variables.DISPOSITION_DECISION.name(), decision.value());
    form.put(Variables.DECISION_COMMENT.name(), comment);
    complete(task(complaint), form);
  }

  /** The warehouse records the re-shipment of these rows by express. */
  private void reship(ProcessInstance complaint, String rows) {
    complete(
        task(complaint),
        withVariables(
            Variables.RESHIPPED_LINES.name(), rows,
            Variables.TRANSPORT_MODE.name(), "EXPRESS",
            Variables.CARRIER.name(), "顺丰速运",
            Variables.TRACKING_NUMBER.name(), "SF100200300",
            Variables.SHIPPED_ON.name(), "2025-03-05"));
  }

  private void closeAndVerify(ProcessInstance complaint, Verification verification) {
    Task closure = task(complaint);
    assertThat(closure).isAssignedTo(ASSISTANT);
    assertShows(closure, "登记客户确认结案", deadlines.closureDue(), "confirm-closure");
    complete(
        closure,
        withVariables(
            Variables.CLOSURE_CONFIRMED_ON.name(), "2025-03-10",
            Variables.ATTRIBUTION.name(), "production"));
    verify(service)
        .confirmClosure(
            eq(COMPLAINT_ID),
            eq(LocalDate.parse("2025-03-10")),
            eq(Attribution.PRODUCTION),
            eq(null),
            anyString());
    assertThat(complaint).isWaitingAt(Elements.VERIFICATION_DUE);
    passTimer(timer(complaint, Elements.VERIFICATION_DUE));
    Task verificationTask = task(complaint);
    assertThat(verificationTask).hasCandidateGroup("quality");
    assertShows(verificationTask, "验证对策效果", deadlines.verificationDue(), "verify-complaint");
    if (verification == Verification.NOT_EFFECTIVE) {
      assertThat(complaint)
          .variables()
          .containsEntry(Variables.REPEAT_COMPLAINTS.name(), "KS-2025-00050（2025-03-20）：同批阻值偏差");
    }
    complete(
        verificationTask,
        withVariables(
            Variables.VERIFICATION.name(),
            verification.value(),
            Variables.VERIFICATION_NOTE.name(),
            verification == Verification.EFFECTIVE ? null : "客户再次投诉同类问题"));
  }
}
