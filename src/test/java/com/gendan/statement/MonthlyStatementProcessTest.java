package com.gendan.statement;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.ProcessTestEngine;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.statement.MonthlyStatementProcess.Elements;
import com.gendan.statement.MonthlyStatementProcess.Variables;
import com.gendan.statement.StatementLine.Settlement;
import com.gendan.time.EngineClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the monthly statement (SPEC D10) and its calendar on a plain in-memory engine
 * with the forms deployed: the real thin delegates and listeners over Mockito mocks of the
 * statement service, the form variables, the mails and the calendar; the clock moves with the
 * timers.
 */
@Deployment(
    resources = {
      "processes/monthly-statement.bpmn",
      "processes/statement-calendar.bpmn",
      "forms/register-statement-answer.form",
      "forms/settle-statement-dispute.form",
      "forms/approve-statement-corrections.form",
      "forms/issue-invoice.form"
    })
@ProcessTestEngine.Covers(model = "monthlyStatement", atLeast = 0.99)
@ProcessTestEngine.Covers(model = "statementCalendar", atLeast = 0.99)
class MonthlyStatementProcessTest {

  private static final Instant NOW = Instant.parse("2026-12-25T01:00:00Z");
  private static final String ASSISTANT = "liuyang";
  private static final long CUSTOMER_ID = 3L;
  private static final long STATEMENT_ID = 42L;
  private static final String NUMBER = "DZ-2026-00042";

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private final StatementService service = mock(StatementService.class);
  private final StatementFormVariables formVariables = mock(StatementFormVariables.class);
  private final StatementMails mails = mock(StatementMails.class);
  private final StatementCalendar calendar = mock(StatementCalendar.class);

  private final StatementDeadlines deadlines =
      engine.bean(
          MonthlyStatementProcess.Beans.DEADLINES,
          new StatementDeadlines(
              new StatementProperties(
                  "0 5 0 * * ?",
                  Period.ofDays(3),
                  Period.ofDays(3),
                  Period.ofDays(2),
                  Period.ofDays(1),
                  Period.ofDays(3),
                  new BigDecimal("5000"),
                  new BigDecimal("0.13"),
                  Map.of()),
              new EngineClock(ZoneId.of("Asia/Shanghai"))));

  {
    var labels = engine.formLabels();
    engine.bean(MonthlyStatementProcess.Beans.BUILD, new BuildStatement(service, formVariables));
    engine.bean(MonthlyStatementProcess.Beans.SEND, new SendStatement(mails));
    engine.bean(MonthlyStatementProcess.Beans.REMIND_ANSWER, new RemindStatementAnswer(mails));
    engine.bean(
        MonthlyStatementProcess.Beans.ANSWER_REGISTERED,
        new StatementAnswerRegistered(service, formVariables, mails, labels));
    engine.bean(
        MonthlyStatementProcess.Beans.DISPUTE_SETTLED,
        new StatementDisputeSettled(service, mails, labels));
    engine.bean(
        MonthlyStatementProcess.Beans.CORRECTIONS_DECIDED,
        new StatementCorrectionsDecided(service, labels));
    engine.bean(
        MonthlyStatementProcess.Beans.REISSUE, new ReissueStatement(service, formVariables));
    engine.bean(
        MonthlyStatementProcess.Beans.INVOICE_ISSUED, new StatementInvoiceIssued(service, labels));
    engine.bean(
        MonthlyStatementProcess.Beans.CLOSE_WITHOUT_INVOICE,
        new CloseStatementWithoutInvoice(service));
    engine.bean(
        StatementCalendarProcess.Beans.START_DUE_STATEMENTS, new StartDueStatements(calendar));
  }

  @BeforeEach
  void stubServices() {
    doAnswer(
            invocation -> {
              VariableScope scope = invocation.getArgument(0);
              Variables.STATEMENT_NUMBER.set(scope, NUMBER);
              Variables.CUSTOMER_NAME.set(scope, "苏州恒达电子有限公司");
              Variables.STATEMENT_SUMMARY.set(scope, "第1版 …");
              return null;
            })
        .when(formVariables)
        .publish(any(), anyLong());
    when(service.build(eq(CUSTOMER_ID), eq(LocalDate.parse("2026-12-25")), anyString(), any()))
        .thenReturn(Optional.of(STATEMENT_ID));
  }

  private ProcessInstance started() {
    return runtimeService()
        .createProcessInstanceByKey(MonthlyStatementProcess.KEY)
        .businessKey("C001:2026-12")
        .setVariable("customerId", CUSTOMER_ID)
        .setVariable("customerAssistant", ASSISTANT)
        .setVariable(Variables.STATEMENT_DATE.name(), "2026-12-25")
        .execute();
  }

  /** Built and sent: the assistant waits for the customer's answer. */
  private ProcessInstance sent() {
    ProcessInstance statement = started();
    execute(job(statement, Elements.BUILD));
    execute(job(statement, Elements.SEND));
    return statement;
  }

  private void answer(ProcessInstance statement, String answer, String lines) {
    complete(
        task(statement),
        withVariables(
            Variables.ANSWER.name(),
            answer,
            Variables.ANSWERED_ON.name(),
            "2026-12-26",
            Variables.DISPUTED_LINES.name(),
            lines,
            Variables.DISPUTE_NOTE.name(),
            null));
  }

  // --- the calendar ---

  @Test
  void theCalendarIsATimerJobThatStartsTheRunsOfTheDay() {
    Job day = managementService().createJobQuery().timers().singleResult();
    assertThat(day).isNotNull();
    assertThat(day.getDuedate()).isEqualTo(Instant.parse("2026-12-25T16:05:00Z"));

    passTimer(day);

    verify(calendar).startDue();
    assertThat(managementService().createJobQuery().timers().singleResult().getDuedate())
        .as("the next day's")
        .isEqualTo(Instant.parse("2026-12-26T16:05:00Z"));
  }

  // --- building ---

  @Test
  void aCustomerWithNothingToStateGetsNoStatement() {
    when(service.build(anyLong(), any(), anyString(), any())).thenReturn(Optional.empty());
    ProcessInstance statement = started();

    execute(job(statement, Elements.BUILD));

    assertThat(statement).isEnded().hasPassed(Elements.END_NOTHING_TO_STATE);
    verify(mails, never()).statement(anyLong());
  }

  // --- confirmed, invoiced ---

  @Test
  void confirmedStatementIsInvoicedByFinance() {
    ProcessInstance statement = started();
    assertThat(statement).isWaitingAt(Elements.BUILD);
    execute(job(statement, Elements.BUILD));
    verify(service).build(CUSTOMER_ID, LocalDate.parse("2026-12-25"), statement.getId(), "system");
    assertThat(statement).isWaitingAt(Elements.SEND);
    execute(job(statement, Elements.SEND));
    verify(mails).statement(STATEMENT_ID);

    Task answer = task(statement);
    assertThat(answer).isAssignedTo(ASSISTANT);
    assertShows(answer, "登记客户对帐结果", deadlines.answerDue(), "register-statement-answer");
    when(service.needsInvoice(STATEMENT_ID)).thenReturn(true);
    answer(statement, "confirm", null);
    verify(service).confirm(eq(STATEMENT_ID), eq(LocalDate.parse("2026-12-26")), anyString());
    verify(mails).confirmed(STATEMENT_ID);

    Task invoice = task(statement);
    assertThat(invoice).hasCandidateGroup("finance");
    assertShows(invoice, "开具发票", deadlines.invoiceDue(), "issue-invoice");
    complete(
        invoice,
        withVariables(
            Variables.INVOICE_NUMBER.name(), "04400000001",
            Variables.INVOICE_DATE.name(), "2026-12-28",
            Variables.INVOICE_AMOUNT.name(), 1234.5));
    verify(service)
        .issueInvoice(
            eq(STATEMENT_ID),
            eq(
                new InvoiceRequest(
                    "04400000001", LocalDate.parse("2026-12-28"), new BigDecimal("1234.5"))),
            anyString());
    assertThat(statement).isEnded().hasPassed(Elements.END_INVOICED);
  }

  @Test
  void aRefusedInvoiceNamesTheFieldByItsLabelAndTheTaskStaysOpen() {
    ProcessInstance statement = sent();
    when(service.needsInvoice(STATEMENT_ID)).thenReturn(true);
    answer(statement, "confirm", null);
    doThrow(InvalidRequestException.of("invoiceNumber", "发票号码已被使用：04400000001"))
        .when(service)
        .issueInvoice(anyLong(), any(), any());

    Task invoice = task(statement);
    Map<String, Object> form =
        withVariables(
            Variables.INVOICE_NUMBER.name(), "04400000001",
            Variables.INVOICE_DATE.name(), "2026-12-28",
            Variables.INVOICE_AMOUNT.name(), "1234.50");
    assertThatThrownBy(() -> complete(invoice, form))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("发票号码：发票号码已被使用：04400000001");
    assertThat(statement).isWaitingAt(Elements.ISSUE_INVOICE);
  }

  @Test
  void aConfirmedStatementWithNothingToInvoiceIsSettledWithoutInvoice() {
    ProcessInstance statement = sent();
    when(service.needsInvoice(STATEMENT_ID)).thenReturn(false);

    answer(statement, "confirm", "");

    verify(mails, never()).confirmed(anyLong());
    verify(service).closeWithoutInvoice(eq(STATEMENT_ID), anyString());
    assertThat(statement).isEnded().hasPassed(Elements.END_WITHOUT_INVOICE);
  }

  // --- reminders ---

  @Test
  void withoutAnAnswerTheCustomerIsRemindedEveryThreeDays() {
    ProcessInstance statement = sent();

    passTimer(timer(statement, Elements.REGISTER_ANSWER));
    passTimer(timer(statement, Elements.REGISTER_ANSWER));

    verify(mails, times(2)).answerReminder(eq(STATEMENT_ID), anyString());
    assertThat(statement).isWaitingAt(Elements.REGISTER_ANSWER);
  }

  // --- the dispute loop ---

  @Test
  void aDisputeSettledWithinTheLimitIsReissuedAndSentAgain() {
    ProcessInstance statement = sent();

    answer(statement, "dispute", "2 单价应为 0.45\n\n4，数量只收到 90");

    verify(service)
        .dispute(
            eq(STATEMENT_ID),
            eq(LocalDate.parse("2026-12-26")),
            eq(
                List.of(
                    new StatementService.DisputedLine(2, "单价应为 0.45"),
                    new StatementService.DisputedLine(4, "数量只收到 90"))),
            eq(null),
            anyString());
    Task settle = task(statement);
    assertThat(settle).isAssignedTo(ASSISTANT);
    assertShows(settle, "处理对帐异议", deadlines.settlementDue(), "settle-statement-dispute");
    when(service.settle(anyLong(), any(), anyString())).thenReturn(false);
    complete(
        settle, withVariables(Variables.SETTLEMENTS.name(), "2 改价 0.45 按报价\n4 说明 已按签收单出货 100"));
    verify(service)
        .settle(
            eq(STATEMENT_ID),
            eq(
                List.of(
                    new StatementService.LineSettlement(
                        2, Settlement.CORRECTED, null, new BigDecimal("0.45"), "按报价"),
                    new StatementService.LineSettlement(
                        4, Settlement.EXPLAINED, null, null, "已按签收单出货 100"))),
            anyString());

    verify(service).reissue(eq(STATEMENT_ID), anyString());
    verify(mails, never()).correctionsToApprove(anyLong(), anyString());
    assertThat(statement).isWaitingAt(Elements.SEND);
    execute(job(statement, Elements.SEND));
    verify(mails, times(2)).statement(STATEMENT_ID);
    assertThat(task(statement).getTaskDefinitionKey()).isEqualTo(Elements.REGISTER_ANSWER);
    assertThat(historicTasks(statement, Elements.REGISTER_ANSWER)).isEqualTo(2);
  }

  @Test
  void correctionsAboveTheLimitAreApprovedByTheSalesManagerWhoMaySendThemBack() {
    ProcessInstance statement = sent();
    answer(statement, "dispute", "1 数量不对");
    when(service.settle(anyLong(), any(), anyString())).thenReturn(true);
    complete(task(statement), withVariables(Variables.SETTLEMENTS.name(), "1 改量 900 按签收单"));

    verify(mails).correctionsToApprove(eq(STATEMENT_ID), anyString());
    Task approval = task(statement);
    assertThat(approval).hasCandidateGroup("sales-manager");
    assertShows(approval, "审批对帐更正", deadlines.approvalDue(), "approve-statement-corrections");
    complete(
        approval,
        withVariables(
            Variables.CORRECTION_DECISION.name(), "reject",
            Variables.APPROVAL_COMMENT.name(), "请附签收单"));
    verify(service).decideCorrections(eq(STATEMENT_ID), eq(false), eq("请附签收单"), anyString());
    assertThat(task(statement).getTaskDefinitionKey()).isEqualTo(Elements.SETTLE_DISPUTE);

    complete(task(statement), withVariables(Variables.SETTLEMENTS.name(), "1 改量 900 见签收单"));
    complete(
        task(statement),
        withVariables(
            Variables.CORRECTION_DECISION.name(),
            "approve",
            Variables.APPROVAL_COMMENT.name(),
            null));
    verify(service).decideCorrections(eq(STATEMENT_ID), eq(true), eq(null), anyString());
    verify(service).reissue(eq(STATEMENT_ID), anyString());
    assertThat(statement).isWaitingAt(Elements.SEND);
  }

  @Test
  void unreadableRowsAreNamedByTheirRowAndNothingIsRegistered() {
    ProcessInstance statement = sent();
    Task answer = task(statement);
    Map<String, Object> form =
        withVariables(
            Variables.ANSWER.name(), "dispute",
            Variables.ANSWERED_ON.name(), "2026-12-26",
            Variables.DISPUTED_LINES.name(), "2 单价不对\n第三行");

    assertThatThrownBy(() -> complete(answer, form))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("有异议的行第2行：请按“行号 原因”填写，如：3 单价应为 0.03");
    verify(service, never()).dispute(anyLong(), any(), any(), any(), any());
    assertThat(statement).isWaitingAt(Elements.REGISTER_ANSWER);

    answer(statement, "dispute", "2 单价不对");
    Map<String, Object> settlement = withVariables(Variables.SETTLEMENTS.name(), "2 改价 便宜点 理由");
    assertThatThrownBy(() -> complete(task(statement), settlement))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessageStartingWith("处理结果第1行：单价请填写数字");
  }

  @Test
  void aProblemTheServiceFindsIsNamedWithTheRowItCameFrom() {
    ProcessInstance statement = sent();
    doThrow(new InvalidRequestException(List.of(new FieldProblem("lines[1]", "对帐单没有第9行"))))
        .when(service)
        .dispute(anyLong(), any(), any(), any(), any());
    Task answer = task(statement);
    Map<String, Object> form =
        withVariables(
            Variables.ANSWER.name(), "dispute",
            Variables.ANSWERED_ON.name(), "2026-12-26",
            Variables.DISPUTED_LINES.name(), "2 单价不对\n\n9 没有这行");

    assertThatThrownBy(() -> complete(answer, form))
        .rootCause()
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("有异议的行第3行：对帐单没有第9行");
  }
}
