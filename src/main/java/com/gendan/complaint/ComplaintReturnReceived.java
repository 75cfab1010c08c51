package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.RECEIVED_ON;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.RETURNED_LINES;

import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The warehouse received returned goods: one row per order line, "行号 数量", never more than shipped.
 */
@Component(ComplaintHandlingProcess.Beans.RETURN_RECEIVED)
class ComplaintReturnReceived implements TaskListener {

  private final ComplaintService complaintService;
  private final ComplaintFormVariables formVariables;
  private final FormLabels formLabels;

  ComplaintReturnReceived(
      ComplaintService complaintService,
      ComplaintFormVariables formVariables,
      FormLabels formLabels) {
    this.complaintService = complaintService;
    this.formVariables = formVariables;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    List<FieldProblem> unreadable = new ArrayList<>();
    LocalDate receivedOn =
        InvalidTaskInputException.translating(labels::of, () -> RECEIVED_ON.read(task, unreadable));
    TextRows.RowItems<ComplaintService.LineQuantity> rows =
        LineRows.read(task, RETURNED_LINES, labels, unreadable);
    InvalidTaskInputException.registeringRows(
        rows,
        unreadable,
        labels::of,
        List::of,
        () -> {
          complaintService.receiveReturn(
              COMPLAINT_ID.require(task),
              receivedOn,
              rows.items(),
              Actors.currentUserOr(task.getAssignee()));
          return null;
        });
    formVariables.publishReturned(task.getExecution(), COMPLAINT_ID.require(task));
  }
}
