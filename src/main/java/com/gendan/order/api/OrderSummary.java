package com.gendan.order.api;

import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import com.gendan.order.OrderChannel;
import com.gendan.order.OrderStatus;
import com.gendan.order.SalesOrder;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order as {@code GET /api/orders} lists it; {@code documentUrl} is its printable page.
 *
 * @param createdAt when it was registered
 */
public record OrderSummary(
    long id,
    String orderNumber,
    long customerId,
    String customerCode,
    String customerName,
    OrderChannel channel,
    String channelLabel,
    String customerPo,
    Instant receivedAt,
    OrderStatus status,
    String statusLabel,
    LocalDate plannedCompletionDate,
    Instant createdAt,
    String documentUrl) {

  static OrderSummary of(SalesOrder order, CustomerView customer) {
    return new OrderSummary(
        order.id(),
        order.orderNumber(),
        order.customerId(),
        customer.code(),
        customer.chineseName(),
        order.channel(),
        order.channel().label(),
        order.customerPo(),
        order.receivedAt(),
        order.status(),
        order.status().label(),
        order.plannedCompletionDate(),
        order.createdAt(),
        DocumentLinks.order(order.orderNumber()));
  }
}
