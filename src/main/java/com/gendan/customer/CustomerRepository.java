package com.gendan.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends JpaRepository<Customer, Long> {

  List<Customer> findAllByOrderByCodeAsc();

  List<Customer> findByAssistantUserIdOrSalesRepUserIdOrderByCodeAsc(
      String assistantUserId, String salesRepUserId);

  Optional<Customer> findByCode(String code);

  /** The team alone, in one query: a start form names its customer by code. */
  @Query(
      "select new com.gendan.customer.CustomerTeam(c.id, c.code, c.assistantUserId,"
          + " c.salesRepUserId) from Customer c where c.code = :code")
  Optional<CustomerTeam> findTeamByCode(@Param("code") String code);

  /** The customers a user serves as their assistant or sales rep (indexed on both columns). */
  @Query(
      "select c.id from Customer c where c.assistantUserId = :userId"
          + " or c.salesRepUserId = :userId")
  List<Long> idsServedBy(@Param("userId") String userId);

  boolean existsByCode(String code);

  boolean existsByCodeAndIdNot(String code, Long id);
}
