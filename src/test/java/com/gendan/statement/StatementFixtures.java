package com.gendan.statement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers, orders, shipments, returns, allowances and consumption written straight into the
 * tables a statement reads, so a test states exactly what it set up (the monthly close reads them
 * too).
 */
public final class StatementFixtures {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final Timestamp CREATED = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));

  private final JdbcClient jdbc;

  public StatementFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static String unique(String prefix) {
    return prefix + (System.nanoTime() % 100_000) + NEXT.incrementAndGet();
  }

  /** A customer of liuyang's and wangqiang's, paying in 30 days. */
  public long customer(String currency, int statementDay, boolean consignment) {
    String code = unique("S");
    jdbc.sql(
            "INSERT INTO customer (code, chinese_name, tier, assistant_user_id, sales_rep_user_id,"
                + " payment_terms_days, credit_limit, credit_limit_currency, statement_day,"
                + " consignment, created_by, created_at, updated_by, updated_at) VALUES (:code,"
                + " :name, 'PRIMARY', 'liuyang', 'wangqiang', 30, 100000, :currency, :day,"
                + " :consignment, 'test', :at, 'test', :at)")
        .params(
            Map.of(
                "code", code,
                "name", "对帐测试客户" + code,
                "currency", currency,
                "day", statementDay,
                "consignment", consignment,
                "at", CREATED))
        .update();
    return jdbc.sql("SELECT id FROM customer WHERE code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  /** An order with one line per price, each of 1000 units of EC-R0603-103. */
  public Order order(long customerId, String currency, String... unitPrices) {
    String number = unique("XS-T-");
    jdbc.sql(
            "INSERT INTO sales_order (order_number, customer_id, channel, customer_po, received_at,"
                + " currency, status, created_by, created_at, updated_by, updated_at) VALUES"
                + " (:number, :customer, 'EMAIL', :po, :at, :currency, 'PLANNED', 'test', :at,"
                + " 'test', :at)")
        .params(
            Map.of(
                "number", number,
                "customer", customerId,
                "po", "PO-" + number,
                "at", CREATED,
                "currency", currency))
        .update();
    long orderId =
        jdbc.sql("SELECT id FROM sales_order WHERE order_number = :number")
            .param("number", number)
            .query(Long.class)
            .single();
    long productId =
        jdbc.sql("SELECT id FROM product WHERE code = 'EC-R0603-103'").query(Long.class).single();
    for (int i = 0; i < unitPrices.length; i++) {
      jdbc.sql(
              "INSERT INTO sales_order_line (order_id, line_no, product_id, product_code, quantity,"
                  + " unit_price, requested_date) VALUES (:order, :line, :product, 'EC-R0603-103',"
                  + " 1000, :price, DATE '2026-12-31')")
          .params(
              Map.of(
                  "order",
                  orderId,
                  "line",
                  i + 1,
                  "product",
                  productId,
                  "price",
                  new BigDecimal(unitPrices[i])))
          .update();
    }
    return new Order(orderId, number, customerId);
  }

  public record Order(long id, String number, long customerId) {}

  /** A batch of the order shipped on the day: {@code quantities[i]} of line i + 1 (0: none). */
  public long shipment(
      Order order, int batch, String shippedOn, String status, String... quantities) {
    jdbc.sql(
            "INSERT INTO shipment (order_id, customer_id, shipment_no, document_kind, status,"
                + " proposed_mode, proposal_meets_date, shipped_on, created_by, created_at,"
                + " updated_by, updated_at) VALUES (:order, :customer, :no, 'OUTBOUND_DELIVERY', :status,"
                + " 'TRUCK', TRUE, :on, 'test', :at, 'test', :at)")
        .params(
            Map.of(
                "order",
                order.id(),
                "customer",
                order.customerId(),
                "no",
                batch,
                "status",
                status,
                "on",
                LocalDate.parse(shippedOn),
                "at",
                CREATED))
        .update();
    long shipmentId =
        jdbc.sql("SELECT id FROM shipment WHERE order_id = :order AND shipment_no = :no")
            .params(Map.of("order", order.id(), "no", batch))
            .query(Long.class)
            .single();
    for (int i = 0; i < quantities.length; i++) {
      if (new BigDecimal(quantities[i]).signum() > 0) {
        jdbc.sql(
                "INSERT INTO shipment_line (shipment_id, line_no, product_code, ready_quantity,"
                    + " shipped_quantity) VALUES (:shipment, :line, 'EC-R0603-103', :q, :q)")
            .params(
                Map.of("shipment", shipmentId, "line", i + 1, "q", new BigDecimal(quantities[i])))
            .update();
      }
    }
    return shipmentId;
  }

  /** A complaint about the order, closed with the line's goods back on the day. */
  public long complaintWithReturn(Order order, String receivedOn, int lineNo, String quantity) {
    long complaintId = complaint(order, receivedOn);
    jdbc.sql(
            "INSERT INTO complaint_return_line (complaint_id, line_no, quantity)"
                + " VALUES (:complaint, :line, :q)")
        .params(Map.of("complaint", complaintId, "line", lineNo, "q", new BigDecimal(quantity)))
        .update();
    return complaintId;
  }

  /** A complaint about the order that granted a discount (CNY) on the day. */
  public long allowance(Order order, String grantedAt, String amountCny) {
    long complaintId = complaint(order, null);
    jdbc.sql(
            "INSERT INTO complaint_allowance (customer_id, complaint_id, amount_cny, created_by,"
                + " created_at) VALUES (:customer, :complaint, :amount, 'test', :at)")
        .params(
            Map.of(
                "customer",
                order.customerId(),
                "complaint",
                complaintId,
                "amount",
                new BigDecimal(amountCny),
                "at",
                Timestamp.from(Instant.parse(grantedAt))))
        .update();
    return complaintId;
  }

  private long complaint(Order order, String returnReceivedOn) {
    String number = unique("KS-T-");
    jdbc.sql(
            "INSERT INTO complaint (complaint_number, customer_id, order_id, category, severity,"
                + " description, status, return_received_on, created_by, created_at, updated_by,"
                + " updated_at) VALUES (:number, :customer, :order, 'QUALITY_DEFECT', 'MINOR',"
                + " '测试', 'CLOSED', :received, 'test', :at, 'test', :at)")
        .param("number", number)
        .param("customer", order.customerId())
        .param("order", order.id())
        .param("received", returnReceivedOn == null ? null : LocalDate.parse(returnReceivedOn))
        .param("at", CREATED)
        .update();
    return jdbc.sql("SELECT id FROM complaint WHERE complaint_number = :number")
        .param("number", number)
        .query(Long.class)
        .single();
  }

  /** A consignment customer's report of what it consumed of an order line on the day. */
  public void consumption(Order order, int lineNo, String quantity, String consumedOn) {
    jdbc.sql(
            "INSERT INTO consignment_consumption (customer_id, order_id, line_no, quantity,"
                + " consumed_on, reported_by, reported_at) VALUES (:customer, :order, :line, :q,"
                + " :on, 'test', :at)")
        .params(
            Map.of(
                "customer",
                order.customerId(),
                "order",
                order.id(),
                "line",
                lineNo,
                "q",
                new BigDecimal(quantity),
                "on",
                LocalDate.parse(consumedOn),
                "at",
                CREATED))
        .update();
  }

  /** An open receivable of an earlier invoice, as the previous balance. */
  public void openReceivable(long customerId, String currency, String amount) {
    long statementId =
        jdbc.sql(
                "SELECT id FROM statement WHERE customer_id = :customer ORDER BY id DESC"
                    + " FETCH FIRST 1 ROWS ONLY")
            .param("customer", customerId)
            .query(Long.class)
            .single();
    String number = unique("FP");
    jdbc.sql(
            "INSERT INTO invoice (invoice_number, statement_id, customer_id, currency, amount,"
                + " invoice_date, due_on, issued_by, issued_at) VALUES (:number, :statement,"
                + " :customer, :currency, :amount, DATE '2026-01-01', DATE '2026-02-01', 'test',"
                + " :at)")
        .params(
            Map.of(
                "number", number,
                "statement", statementId,
                "customer", customerId,
                "currency", currency,
                "amount", new BigDecimal(amount),
                "at", CREATED))
        .update();
    jdbc.sql(
            "INSERT INTO receivable (invoice_id, customer_id, currency, amount, outstanding,"
                + " due_on, status, created_at) SELECT id, customer_id, currency, amount, amount,"
                + " due_on, 'OPEN', issued_at FROM invoice WHERE invoice_number = :number")
        .param("number", number)
        .update();
  }
}
