package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.CARRIER;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_DOCUMENT;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_ID;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPPED_LINES_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPPED_ON;
import static com.gendan.order.SalesOrderProcess.Variables.TRACKING_NUMBER;
import static com.gendan.order.SalesOrderProcess.Variables.TRANSPORT_MODE;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a shipment sub-process instance: its shipment id and every field its forms take live in
 * its own scope, so two batches shipping at once keep their quantities apart.
 */
@Component(SalesOrderProcess.Beans.SHIPMENT_STARTED)
class ShipmentStarted implements ExecutionListener {

  private final Shipments shipments;
  private final Clock clock;

  ShipmentStarted(Shipments shipments, Clock clock) {
    this.shipments = shipments;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public void notify(DelegateExecution execution) {
    SHIPMENT_ID.moveIntoScope(execution);
    Shipment shipment = shipments.load(SHIPMENT_ID.require(execution));
    SHIPMENT_DOCUMENT.setLocal(execution, shipment.documentKind().label());
    TRANSPORT_MODE.setLocal(execution, shipment.proposedMode().name());
    SHIPPED_LINES_TEXT.setLocal(execution, Shipments.readyRows(shipment));
    CARRIER.setLocal(execution, null);
    TRACKING_NUMBER.setLocal(execution, null);
    SHIPPED_ON.setLocal(execution, LocalDate.now(clock).toString());
  }
}
