package com.gendan.order;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
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
  private final FormLabels formLabels;

  ProductionPlanConfirmed(OrderService orderService, FormLabels formLabels) {
    this.orderService = orderService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    InvalidTaskInputException.translating(
        labels::of,
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
