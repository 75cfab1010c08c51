package com.gendan.order.api;

import com.gendan.customer.CustomerView;
import com.gendan.order.OrderChannel;
import com.gendan.order.OrderFinding;
import com.gendan.order.OrderStatus;
import com.gendan.order.OrderStatusChange;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.production.OrderException;
import com.gendan.shipment.Shipment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales order as {@code GET /api/orders/{id}} returns it: lines with shipped quantities, how many
 * times it was reviewed and every review's findings (the latest review's are those with {@code
 * reviewNo == reviews}), production plan, status history, production exceptions and shipments.
 */
public record OrderView(
    long id,
    String orderNumber,
    long customerId,
    String customerCode,
    String customerName,
    OrderChannel channel,
    String customerPo,
    Instant receivedAt,
    String currency,
    String specialRequirements,
    OrderStatus status,
    String statusLabel,
    String confirmationReference,
    LocalDate confirmedOn,
    LocalDate plannedCompletionDate,
    String planNote,
    String processInstanceId,
    List<SalesOrderLine.LineView> lines,
    int reviews,
    List<OrderFinding.FindingView> findings,
    List<OrderStatusChange.StatusView> statusHistory,
    List<OrderException.ExceptionView> exceptions,
    List<Shipment.ShipmentView> shipments) {

  static OrderView of(
      SalesOrder order,
      CustomerView customer,
      List<OrderException.ExceptionView> exceptions,
      List<Shipment.ShipmentView> shipments) {
    return new OrderView(
        order.id(),
        order.orderNumber(),
        order.customerId(),
        customer.code(),
        customer.chineseName(),
        order.channel(),
        order.customerPo(),
        order.receivedAt(),
        order.currency(),
        order.specialRequirements(),
        order.status(),
        order.status().label(),
        order.confirmationReference(),
        order.confirmedOn(),
        order.plannedCompletionDate(),
        order.planNote(),
        order.processInstanceId(),
        order.lines().stream().map(SalesOrderLine::toView).toList(),
        order.reviews(),
        order.findingViews(),
        order.historyViews(),
        exceptions,
        shipments);
  }
}
