package com.gendan.shipment;

import static com.gendan.order.SalesOrderProcess.Variables.INSPECTION_NOTE;
import static com.gendan.order.SalesOrderProcess.Variables.INSPECTION_RESULT;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_ID;

import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Quality's verdict on the batch, recorded on the shipment; the model routes by it. */
@Component(SalesOrderProcess.Beans.INSPECTION_RECORDED)
class OutgoingInspectionRecorded implements TaskListener {

  private final Shipments shipments;
  private final FormLabels formLabels;

  OutgoingInspectionRecorded(Shipments shipments, FormLabels formLabels) {
    this.shipments = shipments;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    InvalidTaskInputException.translating(
        labels::of,
        () ->
            shipments.inspect(
                SHIPMENT_ID.require(task),
                INSPECTION_RESULT.get(task),
                INSPECTION_NOTE.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
