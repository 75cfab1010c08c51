package com.gendan.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {

  @Query(value = "select nextval('sales_order_number_seq')", nativeQuery = true)
  long nextNumber();

  Optional<SalesOrder> findByOrderNumber(String orderNumber);

  /** The numbers of these orders, for lists that show other documents of orders. */
  @Query("select o.id, o.orderNumber from SalesOrder o where o.id in :ids")
  List<Object[]> numbersOf(Collection<Long> ids);

  /** With their lines, which every caller walks: one query, not one more per order. */
  @EntityGraph(attributePaths = "lines")
  List<SalesOrder> findByStatusIn(Collection<OrderStatus> statuses);
}
