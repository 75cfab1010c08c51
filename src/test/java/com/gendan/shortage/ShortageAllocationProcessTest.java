package com.gendan.shortage;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.failOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.ProcessTestEngine;
import com.gendan.order.OrderMails;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.shipment.OrderShipping;
import com.gendan.shortage.ShortageAllocationProcess.Beans;
import com.gendan.shortage.ShortageAllocationProcess.Elements;
import com.gendan.shortage.ShortageAllocationProcess.Variables;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks the shortage allocation process (SPEC D7) on a plain in-memory engine (camunda.cfg.xml):
 * the model and its forms are deployed, and the delegates and the task listener are the real beans
 * over Mockito mocks of the services behind them (ShortageAllocations, OrderShipping, OrderMails).
 * The allocation service answers with a scripted ranking; the ranking itself is
 * ShortageAllocationDecisionTest's.
 */
@Deployment(
    resources = {
      "processes/shortage-allocation.bpmn",
      "forms/confirm-allocation.form",
      "forms/report-shortage.form"
    })
@ProcessTestEngine.Covers(model = "shortageAllocation", atLeast = 0.99)
class ShortageAllocationProcessTest {

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
  private static final String SALES_MANAGER = "sales-manager";
  private static final String PRODUCT = "EC-R0603-103";
  private static final ShortageRequest SHORTAGE =
      new ShortageRequest(PRODUCT, new BigDecimal("1000"));

  /** How the decision table ranks the two open order lines of the product. */
  private static final List<Claim> RANKED =
      List.of(
          new Claim(
              4711L,
              "SO-2026-0001",
              1,
              "苏州华东精密机械",
              "主要客户",
              LocalDate.parse("2026-03-05"),
              new BigDecimal("600"),
              1,
              "主要客户",
              new BigDecimal("600")),
          new Claim(
              4712L,
              "SO-2026-0007",
              2,
              "宁波明达电子",
              "次要客户",
              LocalDate.parse("2026-02-27"),
              new BigDecimal("500"),
              2,
              "次要客户，已逾期",
              new BigDecimal("400")));

  private static final String PROPOSAL =
      """
      SO-2026-0001 第1行 苏州华东精密机械（主要客户） 交期 2026-03-05 待出货 600 → 建议 600
      SO-2026-0007 第2行 宁波明达电子（次要客户，已逾期） 交期 2026-02-27 待出货 500 → 建议 400""";
  private static final String PROPOSED_ALLOCATION = "SO-2026-0001 1 600\nSO-2026-0007 2 400";
  private static final String CONFIRMED_ALLOCATION = "SO-2026-0001 1 500\nSO-2026-0007 2 500";

  private final Deadlines deadlines =
      engine.bean(SalesOrderProcess.Beans.DEADLINES, new Deadlines());

  // The services behind the real beans, mocked.
  private final ShortageAllocations allocations = mock(ShortageAllocations.class);
  private final OrderShipping shipping = mock(OrderShipping.class);
  private final OrderMails mails = mock(OrderMails.class);

  ShortageAllocationProcessTest() {
    engine.bean(Beans.PROPOSE_ALLOCATION, new ProposeAllocation(allocations, engine.formLabels()));
    engine.bean(
        Beans.ALLOCATION_CONFIRMED, new AllocationConfirmed(allocations, engine.formLabels()));
    engine.bean(Beans.RELEASE_GOODS, new ReleaseAllocatedGoods(allocations, shipping, mails));
  }

  @BeforeEach
  void stubServices() {
    when(allocations.propose(SHORTAGE)).thenReturn(RANKED);
    when(allocations.anyWaiting(PRODUCT)).thenReturn(true);
    // Each ranked line gets what the manager's text gives it.
    when(allocations.allocate(any(), any()))
        .thenAnswer(
            call -> {
              List<AllocationLine> lines = call.getArgument(1);
              return RANKED.stream()
                  .map(
                      claim ->
                          claim.allocate(
                              lines.stream()
                                  .filter(line -> line.key().equals(claim.key()))
                                  .findFirst()
                                  .orElseThrow()
                                  .quantity()))
                  .toList();
            });
  }

  @Test
  void theProposalIsConfirmedByASalesManagerAndTheGoodsAreReleased() throws Exception {
    ProcessInstance shortage = reportShortage();

    verify(allocations).propose(SHORTAGE);
    assertThat(shortage.getBusinessKey()).isEqualTo("短缺-" + PRODUCT);
    assertThat(shortage)
        .hasPassed(Elements.START_REPORTED, Elements.PROPOSE_ALLOCATION)
        .isWaitingAt(Elements.CONFIRM_ALLOCATION);
    Task confirmation = task(shortage);
    assertThat(confirmation).hasCandidateGroup(SALES_MANAGER).isNotAssigned();
    assertShows(confirmation, "确认短缺分配", deadlines.allocationDue(), "confirm-allocation");
    assertThat(taskService().getVariables(confirmation.getId()))
        .containsEntry(Variables.PRODUCT_CODE.name(), PRODUCT)
        .containsEntry(Variables.AVAILABLE_QUANTITY.name(), "1000")
        .containsEntry(Variables.ALLOCATION_PROPOSAL.name(), PROPOSAL)
        .containsEntry(Variables.ALLOCATION_TEXT.name(), PROPOSED_ALLOCATION)
        .containsEntry(
            Variables.SHORTAGE_SUMMARY.name(),
            "产品 EC-R0603-103 可分配 1000，2 个订单行共需 1100。建议按决策表“短缺分配优先级”排序，同级按承诺交期先后分配。");
    verify(allocations, never()).allocate(any(), any());

    complete(
        confirmation,
        withVariables(
            Variables.ALLOCATION_TEXT.name(),
            CONFIRMED_ALLOCATION,
            Variables.ALLOCATION_NOTE.name(),
            "宁波明达已逾期，多分 100"));

    List<AllocationLine> confirmed =
        List.of(
            new AllocationLine("SO-2026-0001", 1, new BigDecimal("500")),
            new AllocationLine("SO-2026-0007", 2, new BigDecimal("500")));
    verify(allocations).allocate(SHORTAGE, confirmed);
    assertThat(shortage).isWaitingAt(Elements.RELEASE_GOODS);
    verify(shipping, never()).goodsReady(anyLong(), any(), any(), any());

    execute(job(shortage));

    verify(allocations, times(2)).allocate(SHORTAGE, confirmed);
    String note = "短缺分配（EC-R0603-103）：宁波明达已逾期，多分 100";
    verify(shipping).goodsReady(4711L, Map.of(1, new BigDecimal("500")), note, Actors.SYSTEM);
    verify(shipping).goodsReady(4712L, Map.of(2, new BigDecimal("500")), note, Actors.SYSTEM);
    verify(mails).shortfall(4711L, PRODUCT, "500", "600", shortage.getId() + ":1");
    verify(mails, times(1))
        .shortfall(anyLong(), anyString(), anyString(), anyString(), anyString());
    assertThat(shortage).hasPassed(Elements.RELEASE_GOODS, Elements.END_ALLOCATED).isEnded();
  }

  @Test
  void anOrderChangedAfterTheConfirmationHasTheAllocationProposedAgainAndTheManagerAskedAgain()
      throws Exception {
    ProcessInstance shortage = reportShortage();
    complete(task(shortage), withVariables(Variables.ALLOCATION_TEXT.name(), PROPOSED_ALLOCATION));
    String reason = "SO-2026-0001 1 行现只待出货 300，少于分配的 600";
    when(allocations.outdated(eq(PRODUCT), any())).thenReturn(Optional.of(reason));

    execute(job(shortage));

    verify(shipping, never()).goodsReady(anyLong(), any(), any(), any());
    verify(mails).allocationOutdated(shortage.getId(), PRODUCT, reason, true);
    verify(allocations, times(2)).propose(SHORTAGE);
    assertThat(shortage)
        .hasPassed(Elements.ALLOCATION_OUTDATED, Elements.PROPOSAL_JOIN)
        .isWaitingAt(Elements.CONFIRM_ALLOCATION);
    Task again = task(shortage);
    assertThat(again).hasCandidateGroup(SALES_MANAGER);
    assertThat(taskService().getVariables(again.getId()))
        .containsEntry(Variables.OUTDATED_REASON.name(), reason)
        .containsEntry(Variables.ALLOCATION_TEXT.name(), PROPOSED_ALLOCATION);
    assertThat(runtimeService().createIncidentQuery().count()).isZero();

    when(allocations.outdated(eq(PRODUCT), any())).thenReturn(Optional.empty());
    complete(again, withVariables(Variables.ALLOCATION_TEXT.name(), CONFIRMED_ALLOCATION));
    execute(job(shortage));
    verify(shipping, times(2)).goodsReady(anyLong(), any(), any(), any());
    assertThat(shortage).hasPassed(Elements.END_ALLOCATED).isEnded();
  }

  @Test
  void noOrderWaitingAnyMoreEndsTheAllocationAndTellsTheManagers() throws Exception {
    ProcessInstance shortage = reportShortage();
    complete(task(shortage), withVariables(Variables.ALLOCATION_TEXT.name(), PROPOSED_ALLOCATION));
    when(allocations.anyWaiting(PRODUCT)).thenReturn(false);

    execute(job(shortage));

    verify(shipping, never()).goodsReady(anyLong(), any(), any(), any());
    verify(mails).allocationOutdated(eq(shortage.getId()), eq(PRODUCT), anyString(), eq(false));
    assertThat(shortage)
        .hasPassed(Elements.NOTHING_WAITING, Elements.END_NOTHING_WAITING)
        .isEnded();
  }

  @Test
  void aFailedReleaseIsRetriedNotLost() throws Exception {
    ProcessInstance shortage = reportShortage();
    complete(task(shortage), withVariables(Variables.ALLOCATION_TEXT.name(), PROPOSED_ALLOCATION));

    failOnce(
        shortage,
        Elements.RELEASE_GOODS,
        failure -> doThrow(failure).when(shipping).goodsReady(anyLong(), any(), any(), any()),
        "order service unavailable");

    assertThat(shortage).isWaitingAt(Elements.RELEASE_GOODS).isNotEnded();
  }

  private static ProcessInstance reportShortage() {
    return runtimeService()
        .startProcessInstanceByKey(
            ShortageAllocationProcess.KEY,
            org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.PRODUCT_CODE.name(), PRODUCT)
                .putValue(Variables.AVAILABLE_QUANTITY.name(), "1000"));
  }

  /** Stands in for the {@code orderDeadlines} bean: a fixed due date for the allocation. */
  public static final class Deadlines {

    public Date allocationDue() {
      return Date.from(NOW.plus(Duration.ofDays(1)));
    }
  }
}
