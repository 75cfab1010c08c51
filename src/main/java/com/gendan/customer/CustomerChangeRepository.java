package com.gendan.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerChangeRepository extends JpaRepository<CustomerChange, Long> {

  List<CustomerChange> findByCustomerIdOrderByChangedAtAscIdAsc(long customerId);
}
