package com.gendan.credit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CreditHoldReleaseRepository extends JpaRepository<CreditHoldRelease, Long> {

  Optional<CreditHoldRelease> findByReleaseNumber(String releaseNumber);

  List<CreditHoldRelease> findByOrderIdAndStatusIn(long orderId, List<ReleaseStatus> statuses);

  @Query(value = "select nextval('credit_hold_release_number_seq')", nativeQuery = true)
  long nextNumber();
}
