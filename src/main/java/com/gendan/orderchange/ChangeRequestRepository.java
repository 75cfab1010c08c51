package com.gendan.orderchange;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

  Optional<ChangeRequest> findByRequestNumber(String requestNumber);

  Optional<ChangeRequest> findByOpenOrderId(long orderId);

  @Query(value = "select nextval('order_change_request_number_seq')", nativeQuery = true)
  long nextNumber();
}
