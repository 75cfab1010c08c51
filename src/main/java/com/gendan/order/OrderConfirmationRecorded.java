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

/** A phone order's written confirmation: its reference (fax number, mail subject) and date. */
@Component(SalesOrderProcess.Beans.CONFIRMATION_RECORDED)
class OrderConfirmationRecorded implements TaskListener {

  private final OrderService orderService;
  private final FormLabels formLabels;

  OrderConfirmationRecorded(OrderService orderService, FormLabels formLabels) {
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
          LocalDate confirmedOn = SalesOrderProcess.Variables.CONFIRMED_ON.read(task, problems);
          InvalidRequestException.throwIfAny(problems);
          orderService.confirmInWriting(
              SalesOrderProcess.Variables.ORDER_ID.require(task),
              SalesOrderProcess.Variables.CONFIRMATION_REFERENCE.get(task),
              confirmedOn,
              Actors.currentUserOr(task.getAssignee()));
        });
  }
}
