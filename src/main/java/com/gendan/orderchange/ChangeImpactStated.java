package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.DEAD_STOCK_TEXT;
import static com.gendan.orderchange.OrderChangeProcess.Variables.DEPARTMENT;
import static com.gendan.orderchange.OrderChangeProcess.Variables.EARLIEST_POSSIBLE_DATE;
import static com.gendan.orderchange.OrderChangeProcess.Variables.IMPACT_COST;
import static com.gendan.orderchange.OrderChangeProcess.Variables.IMPACT_MATERIAL;
import static com.gendan.orderchange.OrderChangeProcess.Variables.IMPACT_NOTE;
import static com.gendan.orderchange.OrderChangeProcess.Variables.IMPACT_WORK_IN_PROGRESS;

import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A department's impact form: checked whole, then recorded on the request. */
@Component(OrderChangeProcess.Beans.IMPACT_STATED)
class ChangeImpactStated implements TaskListener {

  private final ChangeRequests requests;
  private final FormLabels formLabels;

  ChangeImpactStated(ChangeRequests requests, FormLabels formLabels) {
    this.requests = requests;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    Department department =
        Department.ofGroupId(DEPARTMENT.require(task))
            .orElseThrow(() -> new IllegalStateException("no department " + DEPARTMENT.get(task)));
    // the impact's fields as the form names them
    FieldLabels labels =
        formLabels
            .ofTask(task)
            .naming("material", IMPACT_MATERIAL.name())
            .naming("workInProgress", IMPACT_WORK_IN_PROGRESS.name())
            .naming("cost", IMPACT_COST.name())
            .naming("earliestDate", EARLIEST_POSSIBLE_DATE.name())
            .naming("note", IMPACT_NOTE.name());
    List<FieldProblem> unreadable = new ArrayList<>();
    BigDecimal cost = IMPACT_COST.read(task, unreadable);
    LocalDate earliest = EARLIEST_POSSIBLE_DATE.read(task, unreadable);
    TextRows.RowItems<ImpactData.DeadStockLine> rows =
        InvalidTaskInputException.translating(
            labels::of,
            () ->
                TextRows.read(
                    DEAD_STOCK_TEXT.name(),
                    DEAD_STOCK_TEXT.get(task),
                    unreadable,
                    ChangeRequestText::deadStockLine));
    ImpactData impact =
        new ImpactData(
            IMPACT_MATERIAL.get(task),
            IMPACT_WORK_IN_PROGRESS.get(task),
            cost,
            earliest,
            IMPACT_NOTE.get(task),
            rows.items());
    long requestId = CHANGE_REQUEST_ID.require(task);
    InvalidTaskInputException.registeringRows(
        rows,
        unreadable,
        labels::of,
        () -> requests.impactProblems(impact),
        () -> {
          requests.stateImpact(
              requestId, department, impact, Actors.currentUserOr(task.getAssignee()));
          return requestId;
        });
  }
}
