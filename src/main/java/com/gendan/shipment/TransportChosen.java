package com.gendan.shipment;

import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_ID;
import static com.gendan.order.SalesOrderProcess.Variables.TRANSPORT_CHOICE;
import static com.gendan.order.SalesOrderProcess.Variables.TRANSPORT_MODE;

import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the assistant's transport choice for the shipment. */
@Component(SalesOrderProcess.Beans.TRANSPORT_CHOSEN)
class TransportChosen implements TaskListener {

  private final Shipments shipments;
  private final FormLabels formLabels;

  TransportChosen(Shipments shipments, FormLabels formLabels) {
    this.shipments = shipments;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    TransportMode chosen =
        TransportMode.of(TRANSPORT_MODE.get(task))
            .orElseThrow(
                () ->
                    new InvalidTaskInputException(
                        labels.of(TRANSPORT_MODE.name()), "请选择运输方式：快递、汽运、海运或空运"));
    shipments.chooseTransport(
        SHIPMENT_ID.require(task), chosen, Actors.currentUserOr(task.getAssignee()));
    TRANSPORT_CHOICE.setLocal(task.getExecution(), chosen.label());
  }
}
