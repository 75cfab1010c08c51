package com.gendan.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.gendan.ProcessTestEngine;
import com.gendan.complaint.ComplaintService;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.EngineActions;
import com.gendan.receivable.OverdueReceivables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scorecard's figures against a history built here, each task created, due and completed at a
 * known time in Asia/Shanghai: only tasks the assistant completed in the month count (not another
 * assistant's, not the month before or after by an hour, not a task its process ended).
 */
class ScorecardsTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  @RegisterExtension
  ProcessTestEngine engine = ProcessTestEngine.startingAt(at("2026-10-01T08:00"));

  private final CustomerDirectory customers = mock(CustomerDirectory.class);
  private final ComplaintService complaints = mock(ComplaintService.class);
  private final PeopleDirectory people = mock(PeopleDirectory.class);
  private final EngineActions engineActions = mock(EngineActions.class);
  private final OverdueReceivables overdue = mock(OverdueReceivables.class);
  private Scorecards scorecards;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void setUp() {
    var services = engine.getProcessEngine();
    services
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "order.bpmn",
            oneTask(SalesOrderProcess.KEY, SalesOrderProcess.Elements.CORRECT_ORDER, "协调订单更正"))
        .addModelInstance("quote.bpmn", oneTask("quoteApproval", "Task_DraftQuote", "起草报价"))
        .deploy();
    // the group ids Gendan uses, as the application's engine allows them
    ((ProcessEngineConfigurationImpl) services.getProcessEngineConfiguration())
        .setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+");
    var identity = services.getIdentityService();
    identity.saveGroup(identity.newGroup(Role.SALES_ASSISTANT.groupId()));
    for (String user : List.of("liuyang", "chenjing")) {
      identity.saveUser(identity.newUser(user));
      identity.createMembership(user, Role.SALES_ASSISTANT.groupId());
    }
    when(engineActions.asEngine(any(Supplier.class)))
        .thenAnswer(call -> ((Supplier<?>) call.getArgument(0)).get());
    when(people.displayName(any())).thenAnswer(call -> "名" + call.getArgument(0));
    CustomerView hers = mock(CustomerView.class);
    when(hers.id()).thenReturn(7L);
    when(hers.assistantUserId()).thenReturn("liuyang");
    CustomerView other = mock(CustomerView.class);
    when(other.id()).thenReturn(8L);
    when(other.assistantUserId()).thenReturn("chenjing");
    when(customers.all()).thenReturn(List.of(hers, other));
    when(complaints.attributedToService(List.of(7L), NOVEMBER)).thenReturn(3L);
    when(overdue.of(List.of(7L), LocalDate.of(2026, 11, 30)))
        .thenReturn(List.of(new OverdueReceivables.Overdue("CNY", 2, new BigDecimal("1500.00"))));
    scorecards =
        new Scorecards(
            services.getHistoryService(),
            services.getRepositoryService(),
            identity,
            engineActions,
            customers,
            complaints,
            people,
            overdue,
            // today is 5 December in Shanghai
            Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), SHANGHAI));
  }

  @Test
  void countsWhatTheAssistantCompletedInTheMonthOnTimeAndHowLongItTook() {
    // on time: created 2 Nov 09:00, due 3 Nov 18:00, done 3 Nov 10:00 (25 h)
    task(
        SalesOrderProcess.KEY,
        "liuyang",
        "2026-11-02T09:00",
        "2026-11-03T18:00",
        "2026-11-03T10:00");
    // late: due 5 Nov 18:00, done 6 Nov 09:00 (24 h)
    task(
        SalesOrderProcess.KEY,
        "liuyang",
        "2026-11-05T09:00",
        "2026-11-05T18:00",
        "2026-11-06T09:00");
    // a quote drafted at midnight on the 1st counts; one finished at 23:30 on 31 Oct does not,
    // nor one finished at 00:10 on 1 Dec
    task("quoteApproval", "liuyang", "2026-10-31T23:00", "2026-11-01T18:00", "2026-11-01T00:00");
    task("quoteApproval", "liuyang", "2026-10-31T20:00", "2026-11-01T18:00", "2026-10-31T23:30");
    task("quoteApproval", "liuyang", "2026-11-30T20:00", "2026-12-01T18:00", "2026-12-01T00:10");
    // chenjing's, and a task whose process was ended before liuyang completed it
    task(
        SalesOrderProcess.KEY,
        "chenjing",
        "2026-11-10T09:00",
        "2026-11-10T18:00",
        "2026-11-10T12:00");
    ProcessInstance cancelled =
        started(SalesOrderProcess.KEY, "liuyang", "2026-11-12T09:00", "2026-11-13T18:00");
    ClockUtil.setCurrentTime(date("2026-11-12T10:00"));
    engine.getProcessEngine().getRuntimeService().deleteProcessInstance(cancelled.getId(), "订单取消");

    Scorecard card = scorecards.of("liuyang", NOVEMBER);

    assertThat(card.assistantName()).isEqualTo("名liuyang");
    assertThat(card.tasksCompleted()).isEqualTo(3);
    assertThat(card.completedOnTime()).isEqualTo(2);
    assertThat(card.onTimeRate()).isEqualByComparingTo("66.7");
    // (25 + 24 + 1) / 3
    assertThat(card.averageHandlingHours()).isEqualByComparingTo("16.7");
    assertThat(card.taskKinds())
        .extracting(
            k ->
                k.processName()
                    + " "
                    + k.taskName()
                    + " "
                    + k.completed()
                    + " "
                    + k.completedOnTime()
                    + " "
                    + k.onTimeRate()
                    + " "
                    + k.averageHandlingHours())
        .containsExactly("销售订单 协调订单更正 2 1 50.0 24.5", "报价审批 起草报价 1 1 100.0 1.0");
    assertThat(card.ordersNeedingCorrection()).isEqualTo(2);
    assertThat(card.complaintsAttributed()).isEqualTo(3);
    // her customers' receivables past due on the month's last day
    assertThat(card.overdueAsOf()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(card.overdueReceivables())
        .containsExactly(new OverdueReceivables.Overdue("CNY", 2, new BigDecimal("1500.00")));
    // while the month runs, as of today
    assertThat(scorecards.of("liuyang", YearMonth.of(2026, 12)).overdueAsOf())
        .isEqualTo(LocalDate.of(2026, 12, 5));

    assertThat(scorecards.of(NOVEMBER))
        .extracting(c -> c.assistant() + " " + c.tasksCompleted())
        .containsExactly("chenjing 1", "liuyang 3");
    Scorecard empty = scorecards.of("liuyang", YearMonth.of(2026, 9));
    assertThat(empty.tasksCompleted()).isZero();
    assertThat(empty.onTimeRate()).isNull();
    assertThat(empty.averageHandlingHours()).isNull();
  }

  /** A task of the process, assigned to the user, created, due and completed at these times. */
  private void task(String process, String assignee, String created, String due, String completed) {
    ProcessInstance instance = started(process, assignee, created, due);
    Task task =
        engine
            .getProcessEngine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    ClockUtil.setCurrentTime(date(completed));
    engine.getProcessEngine().getTaskService().complete(task.getId());
  }

  private ProcessInstance started(String process, String assignee, String created, String due) {
    ClockUtil.setCurrentTime(date(created));
    return engine
        .getProcessEngine()
        .getRuntimeService()
        .startProcessInstanceByKey(process, Map.of("assistant", assignee, "due", date(due)));
  }

  private static BpmnModelInstance oneTask(String process, String task, String name) {
    return Bpmn.createExecutableProcess(process)
        .name(SalesOrderProcess.KEY.equals(process) ? "销售订单" : "报价审批")
        .camundaHistoryTimeToLive(30)
        .startEvent()
        .userTask(task)
        .name(name)
        .camundaAssignee("${assistant}")
        .camundaDueDate("${due}")
        .endEvent()
        .done();
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  private static Date date(String local) {
    return Date.from(at(local));
  }
}
