package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_ID;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_SUMMARY;
import static com.gendan.order.SalesOrderProcess.Variables.TRANSPORT_PROPOSAL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the stock preparation notice (备货通知单) to the warehouse and puts the batch and the
 * transport comparison on this shipment's scope for the assistant's choice.
 */
@Component(SalesOrderProcess.Beans.ISSUE_STOCK_NOTICE)
class IssueStockPreparationNotice implements JavaDelegate {

  private final Shipments shipments;
  private final OrderMails mails;

  IssueStockPreparationNotice(Shipments shipments, OrderMails mails) {
    this.shipments = shipments;
    this.mails = mails;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    Shipment shipment = shipments.load(SHIPMENT_ID.require(execution));
    String summary = shipments.summary(shipment);
    SHIPMENT_SUMMARY.setLocal(execution, summary);
    TRANSPORT_PROPOSAL.setLocal(execution, shipments.transportProposal(shipment));
    mails.stockPreparationNotice(shipment, summary);
  }
}
