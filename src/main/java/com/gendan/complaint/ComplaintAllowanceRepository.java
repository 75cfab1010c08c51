package com.gendan.complaint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintAllowanceRepository extends JpaRepository<ComplaintAllowance, Long> {

  Optional<ComplaintAllowance> findByComplaintId(long complaintId);
}
