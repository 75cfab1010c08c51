package com.gendan.conduct;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConductCaseRepository extends JpaRepository<ConductCase, Long> {

  Optional<ConductCase> findByCaseNumber(String caseNumber);

  List<ConductCase> findByAssistantUserIdOrderByIdDesc(String assistantUserId);

  @Query(value = "select nextval('conduct_case_number_seq')", nativeQuery = true)
  long nextNumber();
}
