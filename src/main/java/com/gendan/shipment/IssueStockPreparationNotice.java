package com.gendan.shipment;

import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_DOCUMENT;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_ID;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_NUMBER;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_SUMMARY;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPPED_LINES_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.TRANSPORT_MODE;
import static com.gendan.order.SalesOrderProcess.Variables.TRANSPORT_PROPOSAL;

import com.gendan.order.SalesOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the stock preparation notice (备货通知单) to the warehouse and puts the batch, its number (for
 * the forms' links to its documents), its document, the transport comparison and the proposed mode
 * on this shipment's scope for the assistant's choice, and the ready quantities for the warehouse's
 * outbound form.
 */
@Component(SalesOrderProcess.Beans.ISSUE_STOCK_NOTICE)
class IssueStockPreparationNotice implements JavaDelegate {

  private final Shipments shipments;
  private final ShipmentMails mails;

  IssueStockPreparationNotice(Shipments shipments, ShipmentMails mails) {
    this.shipments = shipments;
    this.mails = mails;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    Shipment shipment = shipments.load(SHIPMENT_ID.require(execution));
    String summary = shipments.summary(shipment);
    SHIPMENT_NUMBER.setLocal(execution, shipments.number(shipment));
    SHIPMENT_SUMMARY.setLocal(execution, summary);
    TRANSPORT_PROPOSAL.setLocal(execution, shipments.transportProposal(shipment));
    SHIPMENT_DOCUMENT.setLocal(execution, shipment.documentKind().label());
    TRANSPORT_MODE.setLocal(execution, shipment.proposedMode().name());
    SHIPPED_LINES_TEXT.setLocal(execution, Shipments.readyRows(shipment));
    mails.stockPreparationNotice(shipment, summary);
  }
}
