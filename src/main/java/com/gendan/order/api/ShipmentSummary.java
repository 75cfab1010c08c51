package com.gendan.order.api;

import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import com.gendan.shipment.Shipment;
import com.gendan.shipment.ShipmentDocument;
import com.gendan.shipment.ShipmentStatus;
import com.gendan.shipment.TransportMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A shipment as {@code GET /api/shipments} lists it, with its order's customer; {@code documentUrl}
 * is its outbound delivery (出库单) or stock transfer (调拨单), {@code stockNoticeUrl} its stock
 * preparation notice (备货通知单).
 *
 * @param shipmentNumber its order's number and its batch: {@code XS-2026-00001-2}
 * @param createdAt when production reported the goods ready
 */
public record ShipmentSummary(
    long id,
    String shipmentNumber,
    long orderId,
    String orderNumber,
    int shipmentNo,
    long customerId,
    String customerCode,
    String customerName,
    ShipmentDocument document,
    String documentLabel,
    ShipmentStatus status,
    String statusLabel,
    TransportMode transportMode,
    String transportLabel,
    String carrier,
    String trackingNumber,
    LocalDate shippedOn,
    Instant createdAt,
    String documentUrl,
    String stockNoticeUrl) {

  static ShipmentSummary of(Shipment.ShipmentView shipment, CustomerView customer) {
    return new ShipmentSummary(
        shipment.id(),
        shipment.shipmentNumber(),
        shipment.orderId(),
        shipment.orderNumber(),
        shipment.shipmentNo(),
        shipment.customerId(),
        customer.code(),
        customer.chineseName(),
        shipment.document(),
        shipment.documentLabel(),
        shipment.status(),
        shipment.statusLabel(),
        shipment.transportMode(),
        shipment.transportLabel(),
        shipment.carrier(),
        shipment.trackingNumber(),
        shipment.shippedOn(),
        shipment.createdAt(),
        DocumentLinks.shipment(shipment.shipmentNumber()),
        DocumentLinks.stockNotice(shipment.shipmentNumber()));
  }
}
