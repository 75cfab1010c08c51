package com.gendan.production;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderExceptionRepository extends JpaRepository<OrderException, Long> {

  List<OrderException> findByOrderIdOrderById(long orderId);

  boolean existsByEventKey(String eventKey);

  @Query(
      "select distinct e.orderId from OrderException e"
          + " where e.kind = :kind and e.raisedBy = :raisedBy")
  Set<Long> orderIdsWith(ExceptionKind kind, String raisedBy);
}
