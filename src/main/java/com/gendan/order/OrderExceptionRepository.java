package com.gendan.order;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderExceptionRepository extends JpaRepository<OrderException, Long> {

  List<OrderException> findByOrderIdOrderById(long orderId);
}
