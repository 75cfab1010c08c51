package com.gendan.order;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

  List<Shipment> findByOrderIdOrderByShipmentNo(long orderId);

  int countByOrderId(long orderId);

  List<Shipment> findByStatusIn(Collection<ShipmentStatus> statuses);
}
