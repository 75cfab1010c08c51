package com.gendan.quote;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PriceAgreementRepository extends JpaRepository<PriceAgreement, Long> {

  @Query(
      "select p from PriceAgreement p where p.customerId = :customerId"
          + " and p.validFrom <= :day and p.validTo >= :day order by p.productCode, p.id desc")
  List<PriceAgreement> effectiveOn(long customerId, LocalDate day);
}
