package com.gendan.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consignment customer's store, per product, from the consumption it reported ({@code POST
 * /api/consumption}) and the transfers shipped into the store: what it consumed in a period, and
 * what was left on consignment at a day's end. Read only; for the monthly usage statement.
 */
@Component
@Transactional(readOnly = true)
public class ConsignmentUsage {

  private final JdbcClient jdbc;

  ConsignmentUsage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Consumed per product code, from {@code from} up to and excluding {@code until}. */
  public Map<String, BigDecimal> consumed(long customerId, LocalDate from, LocalDate until) {
    Map<String, BigDecimal> consumed = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT ol.product_code, SUM(c.quantity) FROM consignment_consumption c"
                + " JOIN sales_order_line ol ON ol.order_id = c.order_id AND ol.line_no = c.line_no"
                + " WHERE c.customer_id = :customer AND c.consumed_on >= :from"
                + " AND c.consumed_on < :until GROUP BY ol.product_code ORDER BY ol.product_code")
        .param("customer", customerId)
        .param("from", from)
        .param("until", until)
        .query((rs, i) -> consumed.put(rs.getString(1), rs.getBigDecimal(2)))
        .list();
    return consumed;
  }

  /**
   * On consignment per product code at the end of {@code day}: shipped into the store up to that
   * day less consumed up to that day; products with nothing left are left out.
   */
  public Map<String, BigDecimal> onConsignment(long customerId, LocalDate day) {
    Map<String, BigDecimal> stock = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT product_code, SUM(quantity) FROM ("
                + " SELECT sl.product_code, sl.shipped_quantity AS quantity FROM shipment_line sl"
                + " JOIN shipment s ON s.id = sl.shipment_id JOIN sales_order o ON o.id = s.order_id"
                + " WHERE o.customer_id = :customer AND s.status = 'SHIPPED'"
                + " AND s.shipped_on <= :day AND sl.shipped_quantity > 0"
                + " UNION ALL SELECT ol.product_code, -c.quantity FROM consignment_consumption c"
                + " JOIN sales_order_line ol ON ol.order_id = c.order_id AND ol.line_no = c.line_no"
                + " WHERE c.customer_id = :customer AND c.consumed_on <= :day) moves"
                + " GROUP BY product_code HAVING SUM(quantity) > 0 ORDER BY product_code")
        .param("customer", customerId)
        .param("day", day)
        .query((rs, i) -> stock.put(rs.getString(1), rs.getBigDecimal(2)))
        .list();
    return stock;
  }
}
