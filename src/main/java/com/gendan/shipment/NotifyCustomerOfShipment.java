package com.gendan.shipment;

import com.gendan.order.SalesOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the customer's contact what went out, how and with which tracking number. */
@Component(SalesOrderProcess.Beans.NOTIFY_CUSTOMER_OF_SHIPMENT)
class NotifyCustomerOfShipment implements JavaDelegate {

  private final Shipments shipments;
  private final ShipmentMails mails;

  NotifyCustomerOfShipment(Shipments shipments, ShipmentMails mails) {
    this.shipments = shipments;
    this.mails = mails;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    mails.shipmentToCustomer(
        shipments.load(SalesOrderProcess.Variables.SHIPMENT_ID.require(execution)));
  }
}
