package com.gendan.orderchange;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderChangeRepository extends JpaRepository<OrderChange, Long> {}
