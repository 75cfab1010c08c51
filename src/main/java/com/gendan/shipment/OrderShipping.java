package com.gendan.shipment;

import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.EngineActions;
import java.math.BigDecimal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finished goods reach an order: the shipment is recorded and the order's process starts a shipment
 * for it. Used by the order API (production reports) and by the shortage allocation (a manager's
 * confirmed allocation).
 */
@Service
@Transactional
public class OrderShipping {

  private static final Logger LOG = LoggerFactory.getLogger(OrderShipping.class);

  private final Shipments shipments;
  private final OrderService orderService;
  private final EngineActions engineActions;

  OrderShipping(Shipments shipments, OrderService orderService, EngineActions engineActions) {
    this.shipments = shipments;
    this.orderService = orderService;
    this.engineActions = engineActions;
  }

  /**
   * Records the finished quantities (order line number to quantity) as a shipment and sends {@code
   * goodsReady} to the order's process. Answers the shipment id.
   */
  public long goodsReady(
      long orderId, Map<Integer, BigDecimal> quantities, String note, String userId) {
    long shipmentId = shipments.goodsReady(orderId, quantities, note, userId);
    SalesOrder order = orderService.load(orderId);
    engineActions.startEventSubProcess(
        SalesOrderProcess.Messages.GOODS_READY,
        order.processInstanceId(),
        Map.of(SalesOrderProcess.Variables.SHIPMENT_ID.name(), shipmentId));
    LOG.info(
        "Goods ready for order {}: shipment {} reported by {}",
        order.orderNumber(),
        shipmentId,
        userId);
    return shipmentId;
  }
}
