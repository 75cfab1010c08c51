package com.gendan.complaint;

import com.gendan.complaint.ComplaintHandlingProcess.Category;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  Optional<Complaint> findByComplaintNumber(String complaintNumber);

  /** The customer's complaints of one category registered after {@code after}, oldest first. */
  List<Complaint> findByCustomerIdAndCategoryAndCreatedAtAfterOrderById(
      long customerId, Category category, Instant after);

  /** How many of these customers' complaints closed in [from, to) were put down to this. */
  long
      countByCustomerIdInAndAttributionAndClosureConfirmedOnGreaterThanEqualAndClosureConfirmedOnLessThan(
          Collection<Long> customerIds,
          ComplaintHandlingProcess.Attribution attribution,
          LocalDate from,
          LocalDate to);

  @Query(value = "select nextval('complaint_number_seq')", nativeQuery = true)
  long nextNumber();
}
