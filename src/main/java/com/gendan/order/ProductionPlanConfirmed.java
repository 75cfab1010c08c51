package com.gendan.order;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.InvalidTaskInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Production confirms the plan with its planned completion date. */
@Component(SalesOrderProcess.Beans.PLAN_CONFIRMED)
class ProductionPlanConfirmed implements TaskListener {

  private final OrderService orderService;

  ProductionPlanConfirmed(OrderService orderService) {
    this.orderService = orderService;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        OrderFieldLabels.LABELS::of,
        () -> {
          List<FieldProblem> problems = new ArrayList<>();
          LocalDate completion =
              SalesOrderProcess.Variables.PLANNED_COMPLETION_DATE.read(task, problems);
          InvalidRequestException.throwIfAny(problems);
          orderService.confirmPlan(
              SalesOrderProcess.Variables.ORDER_ID.require(task),
              completion,
              SalesOrderProcess.Variables.PLAN_NOTE.get(task),
              Actors.currentUserOr(task.getAssignee()));
        });
  }
}
