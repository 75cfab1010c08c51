package com.gendan.production;

import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_ID;

import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.shipment.Shipments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A batch that failed the outgoing inspection goes back to production as a quality exception of its
 * order, escalated like any other (top management decides, the assistant tells the customer);
 * production reports the goods ready again once they are reworked, as a new batch.
 */
@Component(SalesOrderProcess.Beans.RETURN_HELD_GOODS)
class ReturnHeldGoods implements JavaDelegate {

  private final Shipments shipments;
  private final OrderExceptions exceptions;

  ReturnHeldGoods(Shipments shipments, OrderExceptions exceptions) {
    this.shipments = shipments;
    this.exceptions = exceptions;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    Shipments.HeldBatch held = shipments.held(SHIPMENT_ID.require(execution));
    exceptions.raiseAndEscalate(
        held.orderId(), ExceptionKind.QUALITY, held.description(), Actors.SYSTEM);
  }
}
