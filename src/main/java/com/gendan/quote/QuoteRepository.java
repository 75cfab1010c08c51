package com.gendan.quote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteRepository extends JpaRepository<Quote, Long> {

  List<Quote> findByCustomerIdOrderByIdDesc(long customerId);

  Optional<Quote> findByQuoteNumber(String quoteNumber);

  @Query("select r.quote from QuoteRevision r where r.verificationCode = :code")
  List<Quote> findByVerificationCode(String code);

  @Query(value = "select nextval('quote_number_seq')", nativeQuery = true)
  long nextNumber();
}
