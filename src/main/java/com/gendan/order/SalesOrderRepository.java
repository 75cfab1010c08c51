package com.gendan.order;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {

  @Query(value = "select nextval('sales_order_number_seq')", nativeQuery = true)
  long nextNumber();
}
