package com.gendan.shipment;

import static com.gendan.order.SalesOrderProcess.Variables.CARRIER;
import static com.gendan.order.SalesOrderProcess.Variables.INSPECTION_NOTE;
import static com.gendan.order.SalesOrderProcess.Variables.INSPECTION_RESULT;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_DOCUMENT;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPPED_LINES_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPPED_ON;
import static com.gendan.order.SalesOrderProcess.Variables.TRACKING_NUMBER;
import static com.gendan.order.SalesOrderProcess.Variables.TRANSPORT_MODE;

import com.gendan.order.SalesOrderProcess;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Opens a shipment sub-process instance's form fields in its own scope, so two batches shipping at
 * once keep their quantities apart. The message puts the shipment id there too, but only after this
 * listener: the stock preparation notice, the sub-process's first (asynchronous) step, fills the
 * fields from the shipment.
 */
@Component(SalesOrderProcess.Beans.SHIPMENT_STARTED)
class ShipmentStarted implements ExecutionListener {

  private final Clock clock;

  ShipmentStarted(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    INSPECTION_RESULT.setLocal(execution, null);
    INSPECTION_NOTE.setLocal(execution, null);
    SHIPMENT_DOCUMENT.setLocal(execution, null);
    TRANSPORT_MODE.setLocal(execution, null);
    SHIPPED_LINES_TEXT.setLocal(execution, null);
    CARRIER.setLocal(execution, null);
    TRACKING_NUMBER.setLocal(execution, null);
    SHIPPED_ON.setLocal(execution, LocalDate.now(clock));
  }
}
