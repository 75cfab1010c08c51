package com.gendan.statement;

import com.gendan.statement.StatementFixtures.Order;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A statement with its invoice for tests outside this package (the API's hostile-input examples): a
 * customer's consumption stated, confirmed and invoiced, without walking the process.
 */
public final class StatementExamples {

  private StatementExamples() {}

  /**
   * An order of the customer with 1000 transferred of its line 1, for consumption reports.
   *
   * @return the order's number
   */
  public static String consumableOrder(JdbcClient jdbc, long customerId) {
    Order order = new StatementFixtures(jdbc).order(customerId, "CNY", "100");
    jdbc.sql("UPDATE sales_order_line SET shipped_quantity = 1000 WHERE order_id = :order")
        .param("order", order.id())
        .update();
    return order.number();
  }

  /** A statement and its invoice, by number and id. */
  public record Invoiced(String statementNumber, long invoiceId) {}

  /**
   * An invoiced statement of the customer, cut on {@code statementDate} (a month of its own): an
   * order of the customer, 1000 consumed (a consignment customer) or shipped (any other).
   */
  public static Invoiced invoiced(
      JdbcClient jdbc,
      StatementService service,
      TransactionTemplate transactions,
      long customerId,
      LocalDate statementDate) {
    StatementFixtures fixtures = new StatementFixtures(jdbc);
    Order order = fixtures.order(customerId, "CNY", "100");
    String day = statementDate.minusDays(1).toString();
    fixtures.consumption(order, 1, "1000", day);
    fixtures.shipment(order, 1, day, "SHIPPED", "1000");
    return transactions.execute(
        status -> {
          long id = service.build(customerId, statementDate, null, "system").orElseThrow();
          service.confirm(id, statementDate, "liuyang");
          Statement statement = service.load(id);
          long invoiceId =
              service.issueInvoice(
                  id,
                  new InvoiceRequest(
                      "HX" + System.nanoTime() % 1_000_000_000L,
                      statementDate,
                      statement.current().periodAmount()),
                  "wufang");
          return new Invoiced(statement.statementNumber(), invoiceId);
        });
  }
}
