package com.gendan.order;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {

  @Query(value = "select nextval('sales_order_number_seq')", nativeQuery = true)
  long nextNumber();

  /** With their lines, which every caller walks: one query, not one more per order. */
  @EntityGraph(attributePaths = "lines")
  List<SalesOrder> findByStatusIn(Collection<OrderStatus> statuses);
}
