package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.CARRIER;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.RESHIPMENT_NUMBER;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.RESHIPPED_LINES;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.SHIPPED_ON;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.TRACKING_NUMBER;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.TRANSPORT_MODE;

import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import com.gendan.shipment.TransportMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The warehouse re-shipped the reworked goods: one row per order line, "行号 数量", never more than the
 * complained shipment (or order) shipped; a shipment of the order, and the customer is mailed.
 */
@Component(ComplaintHandlingProcess.Beans.RESHIPMENT_RECORDED)
class ComplaintReshipmentRecorded implements TaskListener {

  private final ComplaintService complaintService;
  private final FormLabels formLabels;

  ComplaintReshipmentRecorded(ComplaintService complaintService, FormLabels formLabels) {
    this.complaintService = complaintService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    List<FieldProblem> unreadable = new ArrayList<>();
    LocalDate shippedOn =
        InvalidTaskInputException.translating(labels::of, () -> SHIPPED_ON.read(task, unreadable));
    TextRows.RowItems<ComplaintService.LineQuantity> rows =
        LineRows.read(task, RESHIPPED_LINES, labels, unreadable);
    TransportMode mode = TransportMode.of(TRANSPORT_MODE.get(task)).orElse(null);
    String number =
        InvalidTaskInputException.registeringRows(
            rows,
            unreadable,
            labels::of,
            List::of,
            () ->
                complaintService.reship(
                    COMPLAINT_ID.require(task),
                    rows.items(),
                    mode,
                    new ComplaintService.Reshipment(
                        CARRIER.get(task), TRACKING_NUMBER.get(task), shippedOn),
                    Actors.currentUserOr(task.getAssignee())));
    RESHIPMENT_NUMBER.set(task.getExecution(), number);
  }
}
