package com.gendan.shipment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

  List<Shipment> findByOrderIdOrderByShipmentNo(long orderId);

  int countByOrderId(long orderId);

  Optional<Shipment> findByOrderIdAndShipmentNo(long orderId, int shipmentNo);

  /** With their lines, which every caller walks: one query, not one more per shipment. */
  @EntityGraph(attributePaths = "lines")
  List<Shipment> findByStatusIn(Collection<ShipmentStatus> statuses);

  /** Ready quantities of the order's shipments that have not gone out yet, per order line. */
  default Map<Integer, BigDecimal> notOutYet(long orderId) {
    return notOutYetPerOrder(findByOrderIdOrderByShipmentNo(orderId))
        .getOrDefault(orderId, Map.of());
  }

  /** The same for every order that has goods not out yet, by order id. */
  default Map<Long, Map<Integer, BigDecimal>> notOutYet() {
    return notOutYetPerOrder(findByStatusIn(ShipmentStatus.NOT_OUT_YET));
  }

  private static Map<Long, Map<Integer, BigDecimal>> notOutYetPerOrder(List<Shipment> shipments) {
    Map<Long, Map<Integer, BigDecimal>> notOut = new LinkedHashMap<>();
    shipments.stream()
        .filter(s -> ShipmentStatus.NOT_OUT_YET.contains(s.status()))
        .forEach(
            s ->
                s.lines()
                    .forEach(
                        l ->
                            notOut
                                .computeIfAbsent(s.orderId(), id -> new LinkedHashMap<>())
                                .merge(l.lineNo(), l.readyQuantity(), BigDecimal::add)));
    return notOut;
  }
}
