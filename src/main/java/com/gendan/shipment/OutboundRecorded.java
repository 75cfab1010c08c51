package com.gendan.shipment;

import static com.gendan.order.SalesOrderProcess.Variables.CARRIER;
import static com.gendan.order.SalesOrderProcess.Variables.FULFILLED;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_ID;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPPED_LINES_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPPED_ON;
import static com.gendan.order.SalesOrderProcess.Variables.TRACKING_NUMBER;

import com.gendan.order.OrderFieldLabels;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the warehouse's outbound delivery (or stock transfer). When the order is shipped in full,
 * {@code fulfilled} on the order lets its main flow close it.
 */
@Component(SalesOrderProcess.Beans.OUTBOUND_RECORDED)
class OutboundRecorded implements TaskListener {

  private final Shipments shipments;

  OutboundRecorded(Shipments shipments) {
    this.shipments = shipments;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean fulfilled =
        InvalidTaskInputException.translating(
            OrderFieldLabels.LABELS::of,
            () ->
                shipments.recordOutbound(
                    SHIPMENT_ID.require(task),
                    SHIPPED_LINES_TEXT.get(task),
                    CARRIER.get(task),
                    TRACKING_NUMBER.get(task),
                    SHIPPED_ON.get(task),
                    Actors.currentUserOr(task.getAssignee())));
    if (fulfilled) {
      FULFILLED.set(task.getExecution().getProcessInstance(), true);
    }
  }
}
