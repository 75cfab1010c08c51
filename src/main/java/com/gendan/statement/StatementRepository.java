package com.gendan.statement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long> {

  Optional<Statement> findByStatementNumber(String statementNumber);

  Optional<Statement> findByCustomerIdAndStatementMonth(long customerId, String statementMonth);

  /** The customer's latest statement before this month's: where the new period starts. */
  Optional<Statement> findFirstByCustomerIdOrderByPeriodToDesc(long customerId);

  @Query(value = "select nextval('statement_number_seq')", nativeQuery = true)
  long nextNumber();
}
