package com.gendan.shortage;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.failOnce;
import static com.gendan.ProcessTestEngine.failing;
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
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.gendan.ProcessTestEngine;
import com.gendan.order.SalesOrderProcess;
import com.gendan.shortage.ShortageAllocationProcess.Beans;
import com.gendan.shortage.ShortageAllocationProcess.Elements;
import com.gendan.shortage.ShortageAllocationProcess.Variables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks the shortage allocation process (SPEC D7) on a plain in-memory engine (camunda.cfg.xml):
 * the model and the manager's form are deployed, the delegates and the task listener are Mockito
 * mocks registered under their bean names. The ranking itself is ShortageAllocationDecisionTest's.
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
  private static final String PROPOSAL =
      """
      SO-2026-0001 1 苏州华东精密机械 主要客户 2026-03-05 600 主要客户 600
      SO-2026-0007 2 宁波明达电子 次要客户 2026-02-27 500 次要客户，已逾期 400""";
  private static final String PROPOSED_ALLOCATION = "SO-2026-0001 1 600\nSO-2026-0007 2 400";
  private static final String CONFIRMED_ALLOCATION = "SO-2026-0001 1 500\nSO-2026-0007 2 500";

  private final Deadlines deadlines =
      engine.bean(SalesOrderProcess.Beans.DEADLINES, new Deadlines());
  private final JavaDelegate proposeAllocation = engine.delegate(Beans.PROPOSE_ALLOCATION);
  private final TaskListener allocationConfirmed = engine.taskListener(Beans.ALLOCATION_CONFIRMED);
  private final JavaDelegate releaseAllocatedGoods = engine.delegate(Beans.RELEASE_GOODS);

  /** The allocations the release delegate saw, in order. */
  private final List<String> released = new ArrayList<>();

  @BeforeEach
  void stubMocks() throws Exception {
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Variables.SHORTAGE_SUMMARY.set(execution, PRODUCT + " 可分配 1000，未结订单需要 1100");
              Variables.ALLOCATION_PROPOSAL.set(execution, PROPOSAL);
              Variables.ALLOCATION_TEXT.set(execution, PROPOSED_ALLOCATION);
              return null;
            })
        .when(proposeAllocation)
        .execute(any());
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              released.add(Variables.ALLOCATION_TEXT.require(execution));
              return null;
            })
        .when(releaseAllocatedGoods)
        .execute(any());
  }

  @Test
  void theProposalIsConfirmedByASalesManagerAndTheGoodsAreReleased() throws Exception {
    ProcessInstance shortage = reportShortage();

    verify(proposeAllocation).execute(any());
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
        .containsEntry(Variables.ALLOCATION_TEXT.name(), PROPOSED_ALLOCATION);
    verifyNoInteractions(allocationConfirmed, releaseAllocatedGoods);

    complete(
        confirmation,
        withVariables(
            Variables.ALLOCATION_TEXT.name(),
            CONFIRMED_ALLOCATION,
            Variables.ALLOCATION_NOTE.name(),
            "宁波明达已逾期，多分 100"));

    verify(allocationConfirmed).notify(any(DelegateTask.class));
    assertThat(shortage).isWaitingAt(Elements.RELEASE_GOODS);
    verifyNoInteractions(releaseAllocatedGoods);

    execute(job(shortage));

    verify(releaseAllocatedGoods).execute(any());
    assertThat(released).containsExactly(CONFIRMED_ALLOCATION);
    assertThat(shortage).hasPassed(Elements.RELEASE_GOODS, Elements.END_ALLOCATED).isEnded();
  }

  @Test
  void aFailedReleaseIsRetriedNotLost() throws Exception {
    ProcessInstance shortage = reportShortage();
    complete(task(shortage), withVariables(Variables.ALLOCATION_TEXT.name(), PROPOSED_ALLOCATION));

    failOnce(
        shortage,
        Elements.RELEASE_GOODS,
        failing(releaseAllocatedGoods),
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
