package com.gendan.receivable;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.failOnce;
import static com.gendan.ProcessTestEngine.historicTasks;
import static com.gendan.ProcessTestEngine.job;
import static com.gendan.ProcessTestEngine.passTimer;
import static com.gendan.ProcessTestEngine.timer;
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
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.ProcessTestEngine;
import com.gendan.problem.FieldProblem;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.receivable.ReceivableCollectionProcess.Beans;
import com.gendan.receivable.ReceivableCollectionProcess.ContactWay;
import com.gendan.receivable.ReceivableCollectionProcess.Elements;
import com.gendan.receivable.ReceivableCollectionProcess.Messages;
import com.gendan.receivable.ReceivableCollectionProcess.PromiseOutcome;
import com.gendan.receivable.ReceivableCollectionProcess.Variables;
import com.gendan.scope.CustomerScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the collection ladder (SPEC D11) on the in-memory engine with a fixed clock,
 * every timer fired by executing its job, with the real thin delegates and listeners over mocked
 * services: reminded before the due date, chased after it (repeated), the sales rep at 15 days, the
 * sales manager and finance at 30, the general manager and the credit hold at 60; a promise kept,
 * broken (escalated at once) and found settled; a partial then a full payment; a chase refused for
 * its input; a failing mail retried; an assistant without a manager of her own.
 */
@Deployment(
    resources = {
      "processes/receivable-collection.bpmn",
      "forms/chase-payment.form",
      "forms/help-chase-payment.form"
    })
@ProcessTestEngine.Covers(model = ReceivableCollectionProcess.KEY, atLeast = 0.99)
class ReceivableCollectionProcessTest {

  /** Monday 2 November 2026, 10:00 in Shanghai. */
  private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");

  private static final LocalDate DUE = LocalDate.parse("2026-12-01");
  private static final long INVOICE_ID = 11L;
  private static final long CUSTOMER_ID = 7L;
  private static final String ASSISTANT = "liuyang";
  private static final String SALES_REP = "wangqiang";
  private static final String MANAGER = "sunli";

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private final ReceivableCollections collections = mock(ReceivableCollections.class);
  private final CollectionMails mails = mock(CollectionMails.class);
  private final LadderCreditHold creditHold = mock(LadderCreditHold.class);

  @BeforeEach
  void registerRealBeans() {
    engine.bean(
        Beans.LADDER,
        new ReceivableLadder(
            new LadderProperties(
                Period.ofDays(-3),
                Period.ofDays(15),
                Period.ofDays(30),
                Period.ofDays(60),
                LocalTime.of(9, 0),
                Period.ofDays(3),
                Period.ofDays(2),
                Period.ofDays(90)),
            engine.clock()));
    engine.bean(Beans.OPEN_COLLECTION, new OpenReceivableCollection(collections));
    engine.bean(Beans.REMIND_ASSISTANT, new RemindReceivableDue(mails));
    engine.bean(
        Beans.CHASE_RECORDED, new ReceivableChaseRecorded(collections, engine.formLabels()));
    engine.bean(Beans.CHECK_PROMISE, new CheckPaymentPromise(collections));
    engine.bean(Beans.ESCALATE_BROKEN_PROMISE, new EscalateBrokenPromise(mails));
    engine.bean(Beans.NOTIFY_SALES_REP, new NotifySalesRepOfReceivable(mails));
    engine.bean(Beans.NOTIFY_MANAGER_AND_FINANCE, new NotifyManagerOfReceivable(mails));
    engine.bean(Beans.PLACE_CREDIT_HOLD, new PlaceLadderCreditHold(creditHold));
    engine.bean(Beans.NOTIFY_GENERAL_MANAGER, new NotifyGeneralManagerOfReceivable(mails));
    engine.bean(Beans.APPLY_PAYMENT, new ApplyReceivablePayment(collections));
    when(collections.load(INVOICE_ID))
        .thenReturn(
            new ReceivableCollections.Collection(
                101L,
                INVOICE_ID,
                "HX0001",
                "DZ-2026-00001",
                CUSTOMER_ID,
                "C001",
                "常州华星电子",
                "CNY",
                new BigDecimal("1000.00"),
                new BigDecimal("1000.00"),
                DUE,
                ReceivableStatus.OPEN,
                ASSISTANT,
                SALES_REP));
    when(collections.salesManagerOf(ASSISTANT)).thenReturn(Optional.of(MANAGER));
    when(collections.problemsOf(any())).thenReturn(List.of());
    when(creditHold.place(CUSTOMER_ID, INVOICE_ID)).thenReturn(true);
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CustomerScope.CUSTOMER_ID, CUSTOMER_ID);
    variables.put(CustomerScope.CUSTOMER_ASSISTANT, ASSISTANT);
    variables.put(CustomerScope.CUSTOMER_SALES_REP, SALES_REP);
    variables.put(Variables.INVOICE_ID.name(), INVOICE_ID);
    return runtimeService()
        .startProcessInstanceByKey(ReceivableCollectionProcess.KEY, "HX0001", variables);
  }

  /** 09:00 in Shanghai on the day. */
  private static Date at9(String day) {
    return Date.from(
        LocalDate.parse(day).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
  }

  private Task task(ProcessInstance instance, String activityId) {
    return taskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(activityId)
        .singleResult();
  }

  /** Through the reminder to the first chase task. */
  private ProcessInstance overdue() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt(Elements.REMINDER_DUE);
    assertThat(runtimeService().getVariable(instance.getId(), Variables.DUE_ON.name()))
        .isEqualTo("2026-12-01");
    assertThat(runtimeService().getVariable(instance.getId(), Variables.STATEMENT_NUMBER.name()))
        .isEqualTo("DZ-2026-00001");
    Job reminder = timer(instance, Elements.REMINDER_DUE);
    assertThat(reminder.getDuedate()).as("3 days before the due date").isEqualTo(at9("2026-11-28"));
    passTimer(reminder);
    execute(job(instance, Elements.REMIND_ASSISTANT));
    verify(mails).reminder(INVOICE_ID);
    Job overdue = timer(instance, Elements.OVERDUE);
    assertThat(overdue.getDuedate()).as("the day after the due date").isEqualTo(at9("2026-12-02"));
    passTimer(overdue);
    assertThat(instance).isWaitingAt(Elements.CHASE_PAYMENT);
    return instance;
  }

  private void chase(ProcessInstance instance, String activityId, String promisedOn) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(Variables.CONTACT_WAY.name(), ContactWay.PHONE.value());
    answers.put(Variables.CHASE_NOTE.name(), "财务周经理说本周内安排付款");
    if (promisedOn != null) {
      answers.put(Variables.PROMISED_ON.name(), promisedOn);
    }
    taskService().complete(task(instance, activityId).getId(), answers);
  }

  @Test
  void theLadderRemindsChasesAndEscalatesOnItsDaysUntilPaidInFull() {
    ProcessInstance instance = overdue();
    assertThat(runtimeService().getVariable(instance.getId(), Variables.SALES_MANAGER.name()))
        .isEqualTo(MANAGER);
    Task first = task(instance, Elements.CHASE_PAYMENT);
    assertShows(
        first,
        "催收货款",
        Date.from(at9("2026-12-02").toInstant().plus(java.time.Duration.ofDays(3))),
        "chase-payment");
    assertThat(first.getAssignee()).isEqualTo(ASSISTANT);

    chase(instance, Elements.CHASE_PAYMENT, null);
    verify(collections)
        .recordChase(
            INVOICE_ID, new ChaseRequest(ContactWay.PHONE, "财务周经理说本周内安排付款", null), ASSISTANT);
    assertThat(instance).isWaitingAt(Elements.CHASE_PAYMENT);
    assertThat(historicTasks(instance, Elements.CHASE_PAYMENT)).as("chased again").isEqualTo(2);

    Job salesRep = timer(instance, Elements.OVERDUE_SALES_REP);
    assertThat(salesRep.getDuedate()).as("15 days overdue").isEqualTo(at9("2026-12-16"));
    passTimer(salesRep);
    execute(job(instance, Elements.NOTIFY_SALES_REP));
    verify(mails).salesRepAsked(INVOICE_ID);
    Task help = task(instance, Elements.HELP_CHASE);
    assertShows(
        help,
        "协助催收货款",
        Date.from(at9("2026-12-16").toInstant().plus(java.time.Duration.ofDays(2))),
        "help-chase-payment");
    assertThat(help.getAssignee()).isEqualTo(SALES_REP);
    taskService()
        .complete(
            help.getId(),
            Map.of(
                Variables.CONTACT_WAY.name(),
                ContactWay.VISIT.value(),
                Variables.CHASE_NOTE.name(),
                "拜访客户采购部"));
    verify(collections)
        .recordChase(INVOICE_ID, new ChaseRequest(ContactWay.VISIT, "拜访客户采购部", null), SALES_REP);
    assertThat(instance).hasPassed(Elements.SALES_REP_HELPED).isWaitingAt(Elements.CHASE_PAYMENT);

    Job manager = timer(instance, Elements.OVERDUE_MANAGER);
    assertThat(manager.getDuedate()).as("30 days overdue").isEqualTo(at9("2026-12-31"));
    passTimer(manager);
    execute(job(instance, Elements.NOTIFY_MANAGER_AND_FINANCE));
    verify(mails).managerAndFinanceTold(INVOICE_ID, MANAGER);
    Task supervise = task(instance, Elements.SUPERVISE_CHASE);
    assertShows(
        supervise,
        "督促催收货款",
        Date.from(at9("2026-12-31").toInstant().plus(java.time.Duration.ofDays(2))),
        "help-chase-payment");
    assertThat(supervise.getAssignee()).as("her own manager").isEqualTo(MANAGER);
    assertThat(taskService().getIdentityLinksForTask(supervise.getId()))
        .noneMatch(link -> link.getGroupId() != null);
    taskService()
        .complete(
            supervise.getId(),
            Map.of(
                Variables.CONTACT_WAY.name(),
                ContactWay.EMAIL.value(),
                Variables.CHASE_NOTE.name(),
                "致函客户总经理"));
    assertThat(instance).hasPassed(Elements.MANAGER_SUPERVISED);

    Job generalManager = timer(instance, Elements.OVERDUE_GENERAL_MANAGER);
    assertThat(generalManager.getDuedate()).as("60 days overdue").isEqualTo(at9("2027-01-30"));
    passTimer(generalManager);
    verify(creditHold).place(CUSTOMER_ID, INVOICE_ID);
    execute(job(instance, Elements.NOTIFY_GENERAL_MANAGER));
    verify(mails).generalManagerTold(INVOICE_ID, MANAGER, true);
    assertThat(instance).hasPassed(Elements.PLACE_CREDIT_HOLD, Elements.CREDIT_HOLD_PLACED);

    when(collections.paid(INVOICE_ID)).thenReturn(false);
    pay(instance, 5L);
    assertThat(instance)
        .hasPassed(Elements.PARTLY_PAID)
        .isWaitingAt(Elements.CHASE_PAYMENT)
        .variables()
        .containsEntry(Variables.PAYMENT_ID.name(), 5L);

    when(collections.paid(INVOICE_ID)).thenReturn(true);
    pay(instance, 6L);
    assertThat(instance).isEnded().hasPassed(Elements.RECEIVABLE_SETTLED);
  }

  private static void pay(ProcessInstance instance, long paymentId) {
    runtimeService()
        .createMessageCorrelation(Messages.PAYMENT_RECEIVED)
        .processInstanceId(instance.getId())
        .setVariable(Variables.PAYMENT_ID.name(), paymentId)
        .correlate();
  }

  @Test
  void aBrokenPromiseEscalatesAtOnceAKeptOneChasesOnAndASettledOneEnds() {
    ProcessInstance instance = overdue();
    when(collections.recordChase(eq(INVOICE_ID), any(), anyString())).thenReturn(41L, 42L, 43L);

    chase(instance, Elements.CHASE_PAYMENT, "2026-12-10");
    assertThat(instance).isWaitingAt(Elements.PROMISED_DATE_PASSED);
    Job promise = timer(instance, Elements.PROMISED_DATE_PASSED);
    assertThat(promise.getDuedate()).as("the day after the promise").isEqualTo(at9("2026-12-11"));
    when(collections.checkPromise(INVOICE_ID, 41L)).thenReturn(PromiseOutcome.BROKEN);
    passTimer(promise);
    execute(job(instance, Elements.ESCALATE_BROKEN_PROMISE));
    verify(mails).brokenPromise(INVOICE_ID, 41L, MANAGER);
    assertThat(instance).isWaitingAt(Elements.CHASE_PAYMENT);

    chase(instance, Elements.CHASE_PAYMENT, "2026-12-14");
    when(collections.checkPromise(INVOICE_ID, 42L)).thenReturn(PromiseOutcome.KEPT);
    passTimer(timer(instance, Elements.PROMISED_DATE_PASSED));
    assertThat(instance).isWaitingAt(Elements.CHASE_PAYMENT);
    verify(mails, times(1)).brokenPromise(anyLong(), anyLong(), any());

    chase(instance, Elements.CHASE_PAYMENT, "2026-12-15");
    when(collections.checkPromise(INVOICE_ID, 43L)).thenReturn(PromiseOutcome.SETTLED);
    passTimer(timer(instance, Elements.PROMISED_DATE_PASSED));
    assertThat(instance)
        .isEnded()
        .hasPassed(Elements.FOUND_SETTLED, Elements.COLLECTED)
        .hasNotPassed(Elements.RECEIVABLE_SETTLED);
  }

  @Test
  void aPaymentInFullBeforeTheDueDateEndsTheLadderAtOnce() {
    ProcessInstance instance = start();
    when(collections.paid(INVOICE_ID)).thenReturn(true);

    pay(instance, 9L);

    assertThat(instance).isEnded().hasPassed(Elements.APPLY_PAYMENT, Elements.RECEIVABLE_SETTLED);
    verify(mails, never()).reminder(anyLong());
  }

  @Test
  void aChaseRefusedForItsInputLogsNothingAndStays() {
    ProcessInstance instance = overdue();
    when(collections.problemsOf(any()))
        .thenReturn(List.of(new FieldProblem(Variables.PROMISED_ON.name(), "承诺付款日期不能早于今天")));
    String taskId = task(instance, Elements.CHASE_PAYMENT).getId();

    refused(
            taskId,
            Map.of(
                Variables.CONTACT_WAY.name(), "pigeon",
                Variables.CHASE_NOTE.name(), "说好了",
                Variables.PROMISED_ON.name(), "2026-11-01"))
        .hasMessageContaining("联络方式");
    refused(
            taskId,
            Map.of(
                Variables.CONTACT_WAY.name(), "phone",
                Variables.CHASE_NOTE.name(), "说好了",
                Variables.PROMISED_ON.name(), "2026-11-01"))
        .hasMessageContaining("承诺付款日期：承诺付款日期不能早于今天");
    refused(
            taskId,
            Map.of(
                Variables.CONTACT_WAY.name(), "phone", Variables.CHASE_NOTE.name(), List.of("x")))
        .hasMessageContaining("催收记录");

    verify(collections, never()).recordChase(anyLong(), any(), any());
    assertThat(task(instance, Elements.CHASE_PAYMENT).getId()).isEqualTo(taskId);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(
      String taskId, Map<String, Object> answers) {
    return assertThatThrownBy(() -> taskService().complete(taskId, answers))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class);
  }

  @Test
  void aFailingReminderMailIsRetriedAsTheSameJob() {
    ProcessInstance instance = start();
    passTimer(timer(instance, Elements.REMINDER_DUE));

    Job retried =
        failOnce(
            instance,
            Elements.REMIND_ASSISTANT,
            failure -> doThrow(failure).when(mails).reminder(INVOICE_ID),
            "mail server down");
    reset(mails);
    execute(retried);

    verify(mails, times(1)).reminder(INVOICE_ID);
    assertThat(instance).isWaitingAt(Elements.OVERDUE);
  }

  @Test
  void withoutAManagerOfHerOwnEverySalesManagerMaySupervise() {
    when(collections.salesManagerOf(ASSISTANT)).thenReturn(Optional.empty());
    when(creditHold.place(CUSTOMER_ID, INVOICE_ID)).thenReturn(false);
    ProcessInstance instance = overdue();

    passTimer(timer(instance, Elements.OVERDUE_MANAGER));
    execute(job(instance, Elements.NOTIFY_MANAGER_AND_FINANCE));
    verify(mails).managerAndFinanceTold(INVOICE_ID, null);
    Task supervise = task(instance, Elements.SUPERVISE_CHASE);
    assertThat(supervise.getAssignee()).isNull();
    assertThat(taskService().getIdentityLinksForTask(supervise.getId()))
        .extracting(IdentityLink::getGroupId)
        .contains("sales-manager");

    passTimer(timer(instance, Elements.OVERDUE_GENERAL_MANAGER));
    execute(job(instance, Elements.NOTIFY_GENERAL_MANAGER));
    verify(mails).generalManagerTold(INVOICE_ID, null, false);
  }
}
