package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.DEAD_STOCK_DUE;

import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.Actors;
import com.gendan.process.EngineActions;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every signer approved: the order's process is told. A change becomes the order_change row whose
 * id the message {@code orderChangeApproved} carries; a cancellation is the message {@code
 * orderCancelled}. The dead stock's due date starts now.
 *
 * <p>When the order changed while the request was signed so that it can no longer take it (a batch
 * finished or shipped, the order cancelled or closed), the step does not fail into a retried job:
 * it throws the BPMN error {@link OrderChangeProcess.Errors#ORDER_CHANGED_MEANWHILE} with the
 * order's reason, and nothing is changed.
 */
@Component(OrderChangeProcess.Beans.APPLY_TO_ORDER)
class ApplyChangeRequestToOrder implements JavaDelegate {

  private final ChangeRequests requests;
  private final OrderService orderService;
  private final EngineActions engineActions;
  private final ChangeRequestFormVariables formVariables;
  private final OrderChangeDeadlines deadlines;

  ApplyChangeRequestToOrder(
      ChangeRequests requests,
      OrderService orderService,
      EngineActions engineActions,
      ChangeRequestFormVariables formVariables,
      OrderChangeDeadlines deadlines) {
    this.requests = requests;
    this.orderService = orderService;
    this.engineActions = engineActions;
    this.formVariables = formVariables;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long requestId = CHANGE_REQUEST_ID.require(execution);
    Optional<String> refusal = requests.orderRefusal(requestId);
    if (refusal.isPresent()) {
      throw new BpmnError(OrderChangeProcess.Errors.ORDER_CHANGED_MEANWHILE, refusal.get());
    }
    Optional<Long> changeId = requests.approve(requestId, Actors.SYSTEM);
    ChangeRequest request = requests.load(requestId);
    SalesOrder order = orderService.load(request.orderId());
    if (changeId.isPresent()) {
      engineActions.startEventSubProcess(
          SalesOrderProcess.Messages.ORDER_CHANGE_APPROVED,
          order.processInstanceId(),
          Map.of(SalesOrderProcess.Variables.ORDER_CHANGE_ID.name(), changeId.get()));
    } else {
      engineActions.sendMessage(
          SalesOrderProcess.Messages.ORDER_CANCELLED,
          order.processInstanceId(),
          Map.of(
              SalesOrderProcess.Variables.CANCELLATION_REASON.name(),
              request.requestNumber() + "：" + request.reason(),
              SalesOrderProcess.Variables.CHANGE_REQUEST_ID.name(),
              requestId));
    }
    DEAD_STOCK_DUE.set(execution, deadlines.deadStockDue());
    formVariables.publishDeadStock(execution, requestId);
  }
}
