package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.DISPOSITION_TEXT;
import static com.gendan.orderchange.OrderChangeProcess.Variables.SCRAP_APPROVAL_NEEDED;

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

/** The sales rep's dispositions of dead-stock items; a costly scrap waits for the manager. */
@Component(OrderChangeProcess.Beans.DEAD_STOCK_DISPOSED)
class DeadStockDisposed implements TaskListener {

  private final ChangeRequests requests;
  private final ChangeRequestFormVariables formVariables;
  private final FormLabels formLabels;

  DeadStockDisposed(
      ChangeRequests requests, ChangeRequestFormVariables formVariables, FormLabels formLabels) {
    this.requests = requests;
    this.formVariables = formVariables;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    long requestId = CHANGE_REQUEST_ID.require(task);
    FieldLabels labels = formLabels.ofTask(task);
    List<FieldProblem> unreadable = new ArrayList<>();
    TextRows.RowItems<ChangeRequests.DispositionLine> rows =
        InvalidTaskInputException.translating(
            labels::of,
            () ->
                TextRows.read(
                    DISPOSITION_TEXT.name(),
                    DISPOSITION_TEXT.get(task),
                    unreadable,
                    ChangeRequestText::disposition));
    if (rows.items().isEmpty() && unreadable.isEmpty()) {
      unreadable.add(new FieldProblem(DISPOSITION_TEXT.name(), "请至少处理一项"));
    }
    boolean approvalNeeded =
        InvalidTaskInputException.registeringRows(
            rows,
            unreadable,
            labels::of,
            List::of,
            () ->
                requests.dispose(
                    requestId, rows.items(), Actors.currentUserOr(task.getAssignee())));
    SCRAP_APPROVAL_NEEDED.set(task.getExecution(), approvalNeeded);
    formVariables.publishDeadStock(task.getExecution(), requestId);
  }
}
