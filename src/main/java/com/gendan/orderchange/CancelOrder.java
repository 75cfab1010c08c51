package com.gendan.orderchange;

import static com.gendan.order.SalesOrderProcess.Variables.CANCELLATION_REASON;
import static com.gendan.order.SalesOrderProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.order.SalesOrderProcess.Variables.ORDER_ID;

import com.gendan.order.OrderService;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.shipment.Shipments;
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
  private final OrderChangeMails mails;

  CancelOrder(OrderService orderService, Shipments shipments, OrderChangeMails mails) {
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
    shipments.orderCancelled(orderId, Actors.SYSTEM);
    if (CHANGE_REQUEST_ID.get(execution) == null) {
      // a signed change request mails every department itself (ChangeRequestMails.approved)
      mails.orderCancelled(orderId, reason);
    }
  }
}
