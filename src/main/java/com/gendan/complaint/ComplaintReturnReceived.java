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
import java.math.BigDecimal;
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
    TextRows.RowItems<ComplaintService.ReturnedLine> rows =
        InvalidTaskInputException.translating(
            labels::of,
            () ->
                TextRows.read(
                    RETURNED_LINES.name(),
                    RETURNED_LINES.get(task),
                    unreadable,
                    ComplaintReturnReceived::line));
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

  private static ComplaintService.ReturnedLine line(
      TextRows.Row row, java.util.function.Consumer<String> unreadable) {
    Integer lineNo = row.cells().size() == 2 ? row.wholeNumber(0) : null;
    BigDecimal quantity = row.cells().size() == 2 ? row.number(1) : null;
    if (lineNo == null || quantity == null) {
      unreadable.accept("请按“行号 数量”填写，如：1 200");
      return null;
    }
    return new ComplaintService.ReturnedLine(lineNo, quantity);
  }
}
