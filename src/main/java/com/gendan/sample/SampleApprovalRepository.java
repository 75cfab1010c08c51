package com.gendan.sample;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SampleApprovalRepository extends JpaRepository<SampleApproval, Long> {

  /** The customer's approvals, newest first, each with its request's sample number. */
  @Query(
      "select new com.gendan.sample.NumberedApproval(a, r.sampleNumber) "
          + "from SampleApproval a, "
          + "SampleRequest r where r.id = a.requestId and a.customerId = :customerId "
          + "order by a.id desc")
  List<NumberedApproval> findNumberedByCustomerId(long customerId);

  /** Whether the customer approved a sample of this spec for this product (or any product). */
  @Query(
      "select count(a) > 0 from SampleApproval a where a.customerId = :customerId "
          + "and (a.productId is null or a.productId = :productId) "
          + "and locate(:spec, a.specText) > 0")
  boolean existsCovering(long customerId, long productId, String spec);
}
