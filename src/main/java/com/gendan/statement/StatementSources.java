package com.gendan.statement;

import com.gendan.statement.StatementArithmetic.Item;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a customer's statement covers and no statement has stated yet, read with SQL across the
 * shipment, order, complaint and consumption tables (read only; the statement records what it
 * stated in {@code statement_source}): shipped lines (for a consignment customer the consumption
 * reported instead of the transfers to the store), returned goods received, and the complaint
 * allowances not yet deducted, each up to the statement day.
 */
@Component
class StatementSources {

  private final JdbcClient jdbc;
  private final Clock clock;

  StatementSources(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Everything of the customer not yet stated, up to and including {@code upTo}. */
  List<Item> unstated(long customerId, boolean consignment, LocalDate upTo) {
    List<Item> items = new ArrayList<>();
    items.addAll(consignment ? consumption(customerId, upTo) : shipped(customerId, upTo));
    items.addAll(returned(customerId, upTo));
    items.addAll(allowances(customerId, upTo));
    return items;
  }

  private List<Item> shipped(long customerId, LocalDate upTo) {
    return goods(
        StatementLineKind.SHIPMENT,
        "SELECT sl.id, s.shipped_on, o.order_number, o.customer_po, sl.product_code,"
            + " sl.shipped_quantity, ol.unit_price, o.currency,"
            + " o.order_number || '-' || CAST(s.shipment_no AS VARCHAR(10))"
            + " FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id"
            + " JOIN sales_order o ON o.id = s.order_id"
            + " JOIN sales_order_line ol ON ol.order_id = o.id AND ol.line_no = sl.line_no"
            + " WHERE o.customer_id = :customer AND s.status = 'SHIPPED'"
            + " AND s.shipped_on <= :upTo AND sl.shipped_quantity > 0"
            + unstated("SHIPMENT", "sl.id"),
        customerId,
        upTo);
  }

  private List<Item> consumption(long customerId, LocalDate upTo) {
    return goods(
        StatementLineKind.CONSUMPTION,
        "SELECT c.id, c.consumed_on, o.order_number, o.customer_po, ol.product_code,"
            + " c.quantity, ol.unit_price, o.currency, NULL"
            + " FROM consignment_consumption c JOIN sales_order o ON o.id = c.order_id"
            + " JOIN sales_order_line ol ON ol.order_id = o.id AND ol.line_no = c.line_no"
            + " WHERE c.customer_id = :customer AND c.consumed_on <= :upTo"
            + unstated("CONSUMPTION", "c.id"),
        customerId,
        upTo);
  }

  private List<Item> returned(long customerId, LocalDate upTo) {
    return goods(
        StatementLineKind.RETURN,
        "SELECT r.id, c.return_received_on, o.order_number, o.customer_po, ol.product_code,"
            + " r.quantity, ol.unit_price, o.currency, c.complaint_number"
            + " FROM complaint_return_line r JOIN complaint c ON c.id = r.complaint_id"
            + " JOIN sales_order o ON o.id = c.order_id"
            + " JOIN sales_order_line ol ON ol.order_id = o.id AND ol.line_no = r.line_no"
            + " WHERE c.customer_id = :customer AND c.return_received_on <= :upTo"
            + unstated("RETURN", "r.id"),
        customerId,
        upTo);
  }

  /**
   * Goods of one kind: the query selects the source's id, the day, order number, PO, product,
   * quantity, unit price, the order's currency and a reference (or NULL), in that order.
   */
  private List<Item> goods(StatementLineKind kind, String sql, long customerId, LocalDate upTo) {
    return jdbc.sql(sql)
        .params(Map.of("customer", customerId, "upTo", upTo))
        .query(
            (rs, row) ->
                Item.goods(
                    kind,
                    rs.getLong(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBigDecimal(6),
                    rs.getBigDecimal(7),
                    rs.getString(8),
                    rs.getString(9)))
        .list();
  }

  private List<Item> allowances(long customerId, LocalDate upTo) {
    return jdbc
        .sql(
            "SELECT a.id, a.created_at, a.amount_cny, c.complaint_number"
                + " FROM complaint_allowance a JOIN complaint c ON c.id = a.complaint_id"
                + " WHERE a.customer_id = :customer AND a.deducted_on IS NULL"
                + unstated("ALLOWANCE", "a.id"))
        .params(Map.of("customer", customerId))
        .query(
            (rs, row) ->
                Item.allowance(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant().atZone(clock.getZone()).toLocalDate(),
                    rs.getBigDecimal(3),
                    rs.getString(4)))
        .list()
        .stream()
        .filter(item -> !item.happenedOn().isAfter(upTo))
        .toList();
  }

  private static String unstated(String kind, String idColumn) {
    return " AND NOT EXISTS (SELECT 1 FROM statement_source ss WHERE ss.kind = '"
        + kind
        + "' AND ss.source_id = "
        + idColumn
        + ")";
  }

  /** Records what the statement stated, so no later statement states it again. */
  void markStated(long statementId, List<Item> items, LocalDate statementDate) {
    for (Item item : items) {
      jdbc.sql(
              "INSERT INTO statement_source (kind, source_id, statement_id)"
                  + " VALUES (:kind, :source, :statement)")
          .params(
              Map.of(
                  "kind", item.kind().name(), "source", item.sourceId(), "statement", statementId))
          .update();
      if (item.kind() == StatementLineKind.ALLOWANCE) {
        jdbc.sql("UPDATE complaint_allowance SET deducted_on = :on WHERE id = :id")
            .params(Map.of("on", statementDate, "id", item.sourceId()))
            .update();
      }
    }
  }

  /** The customer's open receivables (invoiced, not yet paid) per currency. */
  Map<String, BigDecimal> openReceivables(long customerId) {
    Map<String, BigDecimal> open = new TreeMap<>();
    jdbc.sql(
            "SELECT currency, SUM(outstanding) FROM receivable"
                + " WHERE customer_id = :customer AND status = 'OPEN' GROUP BY currency")
        .param("customer", customerId)
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
        .list()
        .forEach(entry -> open.put(entry.getKey(), entry.getValue()));
    return open;
  }
}
