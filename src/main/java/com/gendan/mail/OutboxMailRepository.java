package com.gendan.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  @Query("select m.id from OutboxMail m where m.eventKey = :eventKey")
  Optional<Long> findIdByEventKey(@Param("eventKey") String eventKey);

  Optional<OutboxMail> findByEventKey(String eventKey);

  long countByStatus(OutboxStatus status);

  long countByStatusAndAttemptsGreaterThan(OutboxStatus status, int attempts);

  @Query(
      """
      select m.id from OutboxMail m
      where m.status = com.gendan.mail.OutboxStatus.PENDING and m.nextAttemptAt <= :now
      order by m.nextAttemptAt""")
  List<Long> findDueIds(@Param("now") Instant now, Limit limit);

  /**
   * Claims a due mail for one delivery attempt by pushing its next attempt to {@code leaseUntil}:
   * no other sender picks it up before then, and if this sender dies the mail becomes due again.
   *
   * @return 1 if claimed, 0 if it was not due (sent, or claimed by another sender)
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update OutboxMail m set m.nextAttemptAt = :leaseUntil, m.claimVersion = m.claimVersion + 1
      where m.id = :id and m.status = com.gendan.mail.OutboxStatus.PENDING and m.nextAttemptAt <= :now""")
  int claim(
      @Param("id") long id, @Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update OutboxMail m set m.status = com.gendan.mail.OutboxStatus.SENT, m.sentAt = :sentAt, m.lastError = null
      where m.id = :id and m.claimVersion = :claimVersion""")
  int markSent(
      @Param("id") long id,
      @Param("claimVersion") long claimVersion,
      @Param("sentAt") Instant sentAt);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update OutboxMail m set m.attempts = m.attempts + 1, m.nextAttemptAt = :nextAttemptAt, m.lastError = :error
      where m.id = :id and m.claimVersion = :claimVersion""")
  int markFailed(
      @Param("id") long id,
      @Param("claimVersion") long claimVersion,
      @Param("nextAttemptAt") Instant nextAttemptAt,
      @Param("error") String error);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update OutboxMail m set m.incidentId = :incidentId where m.id = :id")
  int recordIncident(@Param("id") long id, @Param("incidentId") String incidentId);
}
