package com.gendan.shipment;

import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_ID;
import static com.gendan.order.SalesOrderProcess.Variables.TRANSPORT_CHOICE;
import static com.gendan.order.SalesOrderProcess.Variables.TRANSPORT_MODE;

import com.gendan.order.OrderFieldLabels;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the assistant's transport choice for the shipment. */
@Component(SalesOrderProcess.Beans.TRANSPORT_CHOSEN)
class TransportChosen implements TaskListener {

  private final Shipments shipments;

  TransportChosen(Shipments shipments) {
    this.shipments = shipments;
  }

  @Override
  public void notify(DelegateTask task) {
    TransportMode chosen =
        InvalidTaskInputException.translating(
            OrderFieldLabels.LABELS::of,
            () ->
                shipments.chooseTransport(
                    SHIPMENT_ID.require(task),
                    TRANSPORT_MODE.get(task),
                    Actors.currentUserOr(task.getAssignee())));
    TRANSPORT_CHOICE.setLocal(task.getExecution(), chosen.label() + "（" + chosen.name() + "）");
  }
}
