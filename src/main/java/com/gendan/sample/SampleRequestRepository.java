package com.gendan.sample;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SampleRequestRepository extends JpaRepository<SampleRequest, Long> {

  Optional<SampleRequest> findBySampleNumber(String sampleNumber);

  @Query(value = "select nextval('sample_number_seq')", nativeQuery = true)
  long nextNumber();
}
