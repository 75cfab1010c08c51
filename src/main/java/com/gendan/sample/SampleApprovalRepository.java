package com.gendan.sample;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SampleApprovalRepository extends JpaRepository<SampleApproval, Long> {

  List<SampleApproval> findByCustomerIdOrderByIdDesc(long customerId);
}
