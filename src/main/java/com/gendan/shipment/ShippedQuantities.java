package com.gendan.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What went out to a customer per product in a period: the shipped quantities of its batches
 * recorded as out (出库单, or 调拨单 into a consignment customer's store), by the day they shipped. Read
 * only; for the monthly usage statement.
 */
@Component
@Transactional(readOnly = true)
public class ShippedQuantities {

  private final JdbcClient jdbc;

  ShippedQuantities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Shipped per product code, from {@code from} up to and excluding {@code until}. */
  public Map<String, BigDecimal> byProduct(long customerId, LocalDate from, LocalDate until) {
    Map<String, BigDecimal> shipped = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT sl.product_code, SUM(sl.shipped_quantity) FROM shipment_line sl"
                + " JOIN shipment s ON s.id = sl.shipment_id JOIN sales_order o ON o.id = s.order_id"
                + " WHERE o.customer_id = :customer AND s.status = 'SHIPPED'"
                + " AND s.shipped_on >= :from AND s.shipped_on < :until"
                + " AND sl.shipped_quantity > 0 GROUP BY sl.product_code ORDER BY sl.product_code")
        .param("customer", customerId)
        .param("from", from)
        .param("until", until)
        .query((rs, i) -> shipped.put(rs.getString(1), rs.getBigDecimal(2)))
        .list();
    return shipped;
  }
}
