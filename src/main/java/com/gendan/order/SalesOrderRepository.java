package com.gendan.order;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {

  @Query(value = "select nextval('sales_order_number_seq')", nativeQuery = true)
  long nextNumber();

  List<SalesOrder> findByStatusIn(Collection<OrderStatus> statuses);
}
