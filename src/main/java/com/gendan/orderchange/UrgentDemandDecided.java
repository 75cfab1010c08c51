package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.URGENT_DECISION;
import static com.gendan.orderchange.OrderChangeProcess.Variables.URGENT_DECISION_NOTE;
import static com.gendan.orderchange.OrderChangeProcess.Variables.YIELDING_ORDERS_TEXT;

import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Top management's urgent-demand decision: granted with the orders that give way and their new
 * dates, or refused (the request is rejected with the reason).
 */
@Component(OrderChangeProcess.Beans.URGENT_DEMAND_DECIDED)
class UrgentDemandDecided implements TaskListener {

  private final ChangeRequests requests;
  private final FormLabels formLabels;

  UrgentDemandDecided(ChangeRequests requests, FormLabels formLabels) {
    this.requests = requests;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    long requestId = CHANGE_REQUEST_ID.require(task);
    FieldLabels labels = formLabels.ofTask(task);
    List<FieldProblem> unreadable = new ArrayList<>();
    TextRows.RowItems<ChangeRequests.YieldLine> rows =
        InvalidTaskInputException.translating(
            labels::of,
            () ->
                TextRows.read(
                    YIELDING_ORDERS_TEXT.name(),
                    YIELDING_ORDERS_TEXT.get(task),
                    unreadable,
                    ChangeRequestText::yieldingOrder));
    UrgentDecision decision =
        InvalidTaskInputException.translating(labels::of, () -> URGENT_DECISION.get(task));
    String note = URGENT_DECISION_NOTE.get(task);
    InvalidTaskInputException.registeringRows(
        rows,
        unreadable,
        labels::of,
        () -> requests.urgentDecisionProblems(requestId, decision, rows.items(), note),
        () -> {
          requests.decideUrgentDemand(
              requestId, decision, rows.items(), note, Actors.currentUserOr(task.getAssignee()));
          return null;
        });
  }
}
