package com.gendan.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintAttachmentRepository extends JpaRepository<ComplaintAttachment, Long> {

  List<ComplaintAttachment> findByComplaintIdOrderById(long complaintId);

  long countByComplaintId(long complaintId);
}
