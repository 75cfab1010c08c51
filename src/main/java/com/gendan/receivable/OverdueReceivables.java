package com.gendan.receivable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a set of customers owed past its due date at the end of a given day, as it stood then: a
 * receivable invoiced by that day, due before it, less the payments received by it. Payments
 * registered later for money received by that day count, as finance books them by the day paid.
 */
@Service
@Transactional(readOnly = true)
public class OverdueReceivables {

  private final JdbcClient jdbc;
  private final Clock clock;

  OverdueReceivables(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * What was overdue per currency.
   *
   * @param items how many receivables were overdue
   * @param amount how much of them was still open
   */
  public record Overdue(String currency, int items, BigDecimal amount) {}

  /** The customers' overdue receivables at the end of {@code day}, per currency, by currency. */
  public List<Overdue> of(Collection<Long> customerIds, LocalDate day) {
    if (customerIds.isEmpty()) {
      return List.of();
    }
    OffsetDateTime endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    return jdbc.sql(
            "SELECT currency, COUNT(*), SUM(still_open) FROM ("
                + " SELECT r.currency, r.amount - COALESCE((SELECT SUM(p.amount) FROM payment p"
                + "   WHERE p.receivable_id = r.id AND p.paid_on <= :day), 0) AS still_open"
                + " FROM receivable r WHERE r.customer_id IN (:customers)"
                + " AND r.due_on < :day AND r.created_at < :endOfDay) overdue"
                + " WHERE still_open > 0 GROUP BY currency ORDER BY currency")
        .param("customers", customerIds)
        .param("day", day)
        .param("endOfDay", endOfDay)
        .query((rs, row) -> new Overdue(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)))
        .list();
  }
}
