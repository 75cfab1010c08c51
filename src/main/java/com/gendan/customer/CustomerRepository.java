package com.gendan.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

  List<Customer> findAllByOrderByCodeAsc();

  List<Customer> findByAssistantUserIdOrSalesRepUserIdOrderByCodeAsc(String assistantUserId,
      String salesRepUserId);

  Optional<Customer> findByCode(String code);

  boolean existsByCode(String code);

  boolean existsByCodeAndIdNot(String code, Long id);
}
