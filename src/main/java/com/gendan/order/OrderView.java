package com.gendan.order;

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
    List<Shipment.ShipmentView> shipments) {}
