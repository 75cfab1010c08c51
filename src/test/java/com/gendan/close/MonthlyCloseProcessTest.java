package com.gendan.close;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.failOnce;
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
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.ProcessTestEngine;
import com.gendan.close.MonthCloses.Change;
import com.gendan.close.MonthCloses.Department;
import com.gendan.close.MonthCloses.Registration;
import com.gendan.close.MonthlyCloseProcess.Beans;
import com.gendan.close.MonthlyCloseProcess.CloseTrigger;
import com.gendan.close.MonthlyCloseProcess.Elements;
import com.gendan.close.MonthlyCloseProcess.Variables;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.problem.FieldProblem;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.scope.CustomerScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the monthly close (SPEC D12) on the in-memory engine with the real thin
 * delegates and listener over a Mockito-mocked {@link MonthCloses}: a close started by a statement
 * confirmed before the month's end waits for it, archives, builds the usage statement, and
 * production and the warehouse confirm in parallel (one accepts, one changes a product); a close of
 * a past month with no usage needs no confirmation; a second close of the month ends at once; a
 * failing archive is retried; rows that cannot be stored are refused naming their row; a month that
 * is not one is refused at the start.
 */
@Deployment(
    resources = {
      "processes/monthly-close.bpmn",
      "forms/start-monthly-close.form",
      "forms/confirm-safety-stock.form"
    })
@ProcessTestEngine.Covers(model = MonthlyCloseProcess.KEY, atLeast = 1.0)
class MonthlyCloseProcessTest {

  /** Monday 2 March 2026, 09:30 in Shanghai. */
  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

  private static final long CUSTOMER_ID = 7L;
  private static final long CLOSE_ID = 41L;

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private final MonthCloses closes = mock(MonthCloses.class);
  private final CustomerDirectory customers = mock(CustomerDirectory.class);

  @BeforeEach
  void registerRealBeans() {
    engine.bean(
        Beans.DEADLINES,
        new MonthlyCloseDeadlines(
            new CloseProperties(
                "0 10 0 1 * ?",
                new BigDecimal("1.2"),
                Period.ofDays(5),
                new BigDecimal("99999999")),
            engine.clock()));
    engine.bean(Beans.REGISTER, new RegisterMonthClose(closes, customers, engine.formLabels()));
    engine.bean(Beans.ARCHIVE, new ArchiveMonthDocuments(closes));
    engine.bean(Beans.BUILD_USAGE, new BuildUsageStatement(closes));
    engine.bean(
        Beans.SAFETY_STOCK_CONFIRMED, new SafetyStockConfirmed(closes, engine.formLabels()));
    engine.bean(Beans.COMPLETE, new CompleteMonthClose(closes));
    CustomerView customer = mock(CustomerView.class);
    when(customer.code()).thenReturn("C007");
    when(customer.chineseName()).thenReturn("常州恒通电子");
    when(customers.findById(CUSTOMER_ID)).thenReturn(Optional.of(customer));
    when(closes.buildUsageStatement(CLOSE_ID)).thenReturn(2);
    when(closes.usageSummary(CLOSE_ID)).thenReturn("1. P-1 电阻：出货 100 盘；建议安全库存 120 盘");
    when(closes.problemsOf(eq(CLOSE_ID), anyList())).thenReturn(List.of());
  }

  private ProcessInstance start(String month, CloseTrigger trigger) {
    return runtimeService()
        .createProcessInstanceByKey(MonthlyCloseProcess.KEY)
        .setVariable(CustomerScope.CUSTOMER_ID, CUSTOMER_ID)
        .setVariable(Variables.CLOSE_MONTH.name(), month)
        .setVariable(Variables.TRIGGER.name(), trigger == null ? null : trigger.value())
        .execute();
  }

  private Task task(ProcessInstance instance, String taskKey) {
    return taskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** A close whose tasks are open. */
  private ProcessInstance confirmedMidMonthAndArchived() {
    when(closes.register(
            CUSTOMER_ID, YearMonth.of(2026, 3), null, CloseTrigger.STATEMENT_CONFIRMED))
        .thenReturn(new Registration(CLOSE_ID, false, false));
    when(closes.register(
            eq(CUSTOMER_ID),
            eq(YearMonth.of(2026, 3)),
            anyString(),
            eq(CloseTrigger.STATEMENT_CONFIRMED)))
        .thenReturn(new Registration(CLOSE_ID, false, false));
    ProcessInstance instance = start("2026-03", CloseTrigger.STATEMENT_CONFIRMED);
    assertThat(runtimeService().createProcessInstanceQuery().singleResult().getBusinessKey())
        .isEqualTo("C007-2026-03");
    assertThat(instance).isWaitingAt(Elements.WAIT_MONTH_END);
    var monthEnd = timer(instance, Elements.WAIT_MONTH_END);
    assertThat(monthEnd.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-31T16:00:00Z")));
    verify(closes, never()).archive(anyLong());
    passTimer(monthEnd);
    execute(job(instance, Elements.ARCHIVE));
    verify(closes).archive(CLOSE_ID);
    assertThat(runtimeService().getVariable(instance.getId(), Variables.USAGE_SUMMARY.name()))
        .isEqualTo("1. P-1 电阻：出货 100 盘；建议安全库存 120 盘");
    Date due = Date.from(Instant.parse("2026-04-05T16:00:00Z"));
    Task production = task(instance, Elements.CONFIRM_BY_PRODUCTION);
    assertShows(production, "确认安全库存（生产）", due, "confirm-safety-stock");
    assertThat(taskService().getIdentityLinksForTask(production.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("production");
    Task warehouse = task(instance, Elements.CONFIRM_BY_WAREHOUSE);
    assertShows(warehouse, "确认安全库存（仓储）", due, "confirm-safety-stock");
    assertThat(taskService().getIdentityLinksForTask(warehouse.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("warehouse");
    return instance;
  }

  @Test
  void aMonthConfirmedBeforeItsEndIsArchivedAtTheEndAndBothDepartmentsConfirm() {
    ProcessInstance instance = confirmedMidMonthAndArchived();
    taskService()
        .complete(
            task(instance, Elements.CONFIRM_BY_PRODUCTION).getId(),
            Map.of(Variables.DECISION.name(), "accept"));
    verify(closes).confirm(CLOSE_ID, Department.PRODUCTION, List.of(), "system");
    // the production's answer is its own: the warehouse's form opens blank
    Task warehouse = task(instance, Elements.CONFIRM_BY_WAREHOUSE);
    assertThat(taskService().getVariable(warehouse.getId(), Variables.DECISION.name())).isNull();
    taskService()
        .complete(
            warehouse.getId(),
            Map.of(
                Variables.DECISION.name(), "change",
                Variables.CHANGES.name(), "\n2 150\n"));
    verify(closes)
        .confirm(
            CLOSE_ID,
            Department.WAREHOUSE,
            List.of(new Change(2, new BigDecimal("150"))),
            "system");
    verify(closes).complete(CLOSE_ID);
    assertThat(instance).isEnded().hasPassed(Elements.END_CLOSED);
  }

  @Test
  void aPastMonthWithoutUsageIsClosedWithoutTasks() {
    when(closes.register(eq(CUSTOMER_ID), eq(YearMonth.of(2026, 2)), anyString(), eq(null)))
        .thenReturn(new Registration(CLOSE_ID, false, true));
    when(closes.buildUsageStatement(CLOSE_ID)).thenReturn(0);
    ProcessInstance instance = start("2026-02", null);
    execute(job(instance, Elements.ARCHIVE));
    verify(closes).complete(CLOSE_ID);
    verify(closes, never()).usageSummary(anyLong());
    assertThat(instance)
        .isEnded()
        .hasPassed(Elements.END_CLOSED)
        .hasNotPassed(Elements.WAIT_MONTH_END, Elements.CONFIRM_BY_PRODUCTION);
  }

  @Test
  void aSecondCloseOfTheMonthClosesNothing() {
    when(closes.register(
            eq(CUSTOMER_ID), eq(YearMonth.of(2026, 2)), anyString(), eq(CloseTrigger.CALENDAR)))
        .thenReturn(new Registration(CLOSE_ID, true, true));
    ProcessInstance instance = start("2026-02", CloseTrigger.CALENDAR);
    assertThat(instance).isEnded().hasPassed(Elements.END_ALREADY_CLOSED);
    verify(closes, never()).archive(anyLong());
  }

  @Test
  void aFailingArchiveIsRetriedAsTheSameJob() {
    when(closes.register(eq(CUSTOMER_ID), eq(YearMonth.of(2026, 2)), anyString(), any()))
        .thenReturn(new Registration(CLOSE_ID, false, true));
    ProcessInstance instance = start("2026-02", CloseTrigger.CALENDAR);
    failOnce(
        instance,
        Elements.ARCHIVE,
        failure -> doThrow(failure).when(closes).archive(CLOSE_ID),
        "database gone");
    assertThat(instance).isWaitingAt(Elements.ARCHIVE);
  }

  @Test
  void changedRowsThatCannotBeStoredAreRefusedNamingTheirRowsAndNothingIsStored() {
    ProcessInstance instance = confirmedMidMonthAndArchived();
    when(closes.problemsOf(eq(CLOSE_ID), anyList()))
        .thenReturn(List.of(new FieldProblem("lines[0]", "统计表没有第9项产品")));
    String production = task(instance, Elements.CONFIRM_BY_PRODUCTION).getId();
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        production,
                        Map.of(
                            Variables.DECISION.name(), "change",
                            Variables.CHANGES.name(), "9 100\n2 多一些")))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("第1行")
        .hasMessageContaining("统计表没有第9项产品")
        .hasMessageContaining("第2行")
        .hasMessageContaining("行号 数量");
    assertThatThrownBy(
            () -> taskService().complete(production, Map.of(Variables.DECISION.name(), "change")))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("修改的安全库存");
    assertThatThrownBy(() -> taskService().complete(production, Map.of()))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("请选择接受建议或修改安全库存");
    verify(closes, never()).confirm(anyLong(), any(), anyList(), anyString());
    assertThat(instance).isWaitingAt(Elements.CONFIRM_BY_PRODUCTION);
  }

  @Test
  void aMonthThatIsNoMonthIsRefusedAtTheStart() {
    assertThatThrownBy(() -> start("2026-13", null))
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessageContaining("月结月份：应为“年-月”");
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }
}
