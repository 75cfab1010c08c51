package com.gendan.credit;

import com.gendan.credit.CreditTermsRequest.TermsStatus;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CreditTermsRequestRepository extends JpaRepository<CreditTermsRequest, Long> {

  Optional<CreditTermsRequest> findFirstByCustomerIdAndStatus(long customerId, TermsStatus status);

  @Query(value = "select nextval('credit_terms_request_number_seq')", nativeQuery = true)
  long nextNumber();
}
