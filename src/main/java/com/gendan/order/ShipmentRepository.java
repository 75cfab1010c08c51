package com.gendan.order;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

  List<Shipment> findByOrderIdOrderByShipmentNo(long orderId);

  int countByOrderId(long orderId);

  /** With their lines, which every caller walks: one query, not one more per shipment. */
  @EntityGraph(attributePaths = "lines")
  List<Shipment> findByStatusIn(Collection<ShipmentStatus> statuses);

  /** Ready quantities of the order's shipments that have not gone out yet, per order line. */
  default Map<Integer, BigDecimal> notOutYet(long orderId) {
    Map<Integer, BigDecimal> notOut = new LinkedHashMap<>();
    findByOrderIdOrderByShipmentNo(orderId).stream()
        .filter(s -> ShipmentStatus.NOT_OUT_YET.contains(s.status()))
        .flatMap(s -> s.lines().stream())
        .forEach(l -> notOut.merge(l.lineNo(), l.readyQuantity(), BigDecimal::add));
    return notOut;
  }
}
