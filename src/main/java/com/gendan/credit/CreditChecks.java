package com.gendan.credit;

import com.gendan.order.CreditStanding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What order review's credit checks read (SPEC D11): the customer's open receivables, its orders
 * not yet invoiced, and the order's approved credit-hold release.
 *
 * <p>Orders not yet invoiced: each of the customer's other orders in the currency that is not
 * cancelled, worth its lines (quantity × unit price; for a closed order only what was shipped, the
 * rest being cancelled), less what invoiced statements have stated of it (its shipment and
 * consignment-consumption lines on the current revision of a statement with an invoice), never
 * below zero. Only amounts in the asked currency count: nothing is converted.
 */
@Component
class CreditChecks implements CreditStanding {

  private final JdbcClient jdbc;
  private final CreditHoldReleases releases;

  // lazy: the releases read orders, whose review reads this
  CreditChecks(JdbcClient jdbc, @Lazy CreditHoldReleases releases) {
    this.jdbc = jdbc;
    this.releases = releases;
  }

  @Override
  public Exposure exposure(long customerId, String currency, long orderId) {
    BigDecimal open =
        jdbc.sql(
                "SELECT COALESCE(SUM(outstanding), 0) FROM receivable"
                    + " WHERE customer_id = :customer AND currency = :currency"
                    + " AND status = 'OPEN'")
            .param("customer", customerId)
            .param("currency", currency)
            .query(BigDecimal.class)
            .single();
    Map<String, BigDecimal> ordered = new HashMap<>();
    jdbc.sql(
            "SELECT o.order_number, SUM(CASE WHEN o.status = 'CLOSED'"
                + " THEN l.shipped_quantity ELSE l.quantity END * l.unit_price) AS worth"
                + " FROM sales_order o JOIN sales_order_line l ON l.order_id = o.id"
                + " WHERE o.customer_id = :customer AND o.currency = :currency"
                + " AND o.id <> :order AND o.status <> 'CANCELLED'"
                + " GROUP BY o.order_number")
        .param("customer", customerId)
        .param("currency", currency)
        .param("order", orderId)
        .query((rs, row) -> ordered.put(rs.getString(1), rs.getBigDecimal(2)))
        .list();
    Map<String, BigDecimal> invoiced = new HashMap<>();
    jdbc.sql(
            "SELECT sl.order_number, SUM(sl.amount) FROM statement_line sl"
                + " JOIN statement_revision r ON r.id = sl.revision_id"
                + " JOIN statement s ON s.id = r.statement_id"
                + " AND r.revision_no = s.current_revision"
                + " JOIN invoice i ON i.statement_id = s.id"
                + " WHERE s.customer_id = :customer AND s.currency = :currency"
                + " AND sl.kind IN ('SHIPMENT', 'CONSUMPTION') AND sl.order_number IS NOT NULL"
                + " GROUP BY sl.order_number")
        .param("customer", customerId)
        .param("currency", currency)
        .query((rs, row) -> invoiced.put(rs.getString(1), rs.getBigDecimal(2)))
        .list();
    BigDecimal notInvoiced =
        ordered.entrySet().stream()
            .map(
                e ->
                    e.getValue()
                        .subtract(invoiced.getOrDefault(e.getKey(), BigDecimal.ZERO))
                        .max(BigDecimal.ZERO))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Exposure(open, notInvoiced);
  }

  @Override
  public Optional<Release> release(long orderId, LocalDate day) {
    return releases.activeRelease(orderId, day);
  }
}
