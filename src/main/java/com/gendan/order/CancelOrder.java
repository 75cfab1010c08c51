package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.CANCELLATION_REASON;
import static com.gendan.order.SalesOrderProcess.Variables.ORDER_ID;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an approved cancellation: the order (or its unshipped rest) is cancelled, shipments not
 * yet out are void, and production, the warehouse and the assistant are told. A batch that went out
 * just before is still told to the customer: the cancellation ends the job that would have mailed
 * it (the outbox sends each shipment's mail once, so told batches are not re-sent).
 */
@Component(SalesOrderProcess.Beans.CANCEL_ORDER)
class CancelOrder implements JavaDelegate {

  private final OrderService orderService;
  private final Shipments shipments;
  private final OrderMails mails;

  CancelOrder(OrderService orderService, Shipments shipments, OrderMails mails) {
    this.orderService = orderService;
    this.shipments = shipments;
    this.mails = mails;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    long orderId = ORDER_ID.require(execution);
    String reason = CANCELLATION_REASON.require(execution);
    orderService.cancel(orderId, reason, Actors.SYSTEM);
    shipments.cancelOpen(orderId, Actors.SYSTEM);
    shipments.ofOrder(orderId).stream()
        .filter(s -> s.status() == ShipmentStatus.SHIPPED)
        .forEach(mails::shipmentToCustomer);
    mails.orderCancelled(orderId, reason);
  }
}
