package com.gendan.shipment;

import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_ID;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_NUMBER;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_SUMMARY;

import com.gendan.order.SalesOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows quality the batch to inspect: its number and what production finished, line by line. */
@Component(SalesOrderProcess.Beans.INSPECTION_OPENED)
class OutgoingInspectionOpened implements TaskListener {

  private final Shipments shipments;

  OutgoingInspectionOpened(Shipments shipments) {
    this.shipments = shipments;
  }

  @Override
  public void notify(DelegateTask task) {
    Shipment shipment = shipments.load(SHIPMENT_ID.require(task));
    SHIPMENT_NUMBER.setLocal(task.getExecution(), shipments.number(shipment));
    SHIPMENT_SUMMARY.setLocal(task.getExecution(), shipments.summary(shipment));
  }
}
