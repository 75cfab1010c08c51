package com.gendan.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.GendanSpringBootTest;
import com.gendan.statement.StatementFixtures.Order;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statement built from what the tables hold (SPEC D10): every shipped line of several orders,
 * returns and allowances, once each; the customer's currency; a consignment customer's consumption
 * instead of the transfers; the open receivables as previous balance; nothing to state, no
 * statement.
 */
@GendanSpringBootTest
class StatementBuildTest {

  @Autowired StatementService service;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private StatementFixtures fixtures() {
    return new StatementFixtures(jdbc);
  }

  private StatementRevision.View build(long customerId, String day) {
    return transactions.execute(
        status ->
            service
                .build(customerId, LocalDate.parse(day), null, "system")
                .map(id -> service.load(id))
                .map(statement -> statement.current().toView(statement.currency()))
                .orElse(null));
  }

  @Test
  void severalOrdersReturnsAndAllowancesAreStatedOnceEach() {
    StatementFixtures fixtures = fixtures();
    long customer = fixtures.customer("CNY", 25, false);
    Order first = fixtures.order(customer, "CNY", "0.5", "2");
    Order second = fixtures.order(customer, "CNY", "1.25");
    fixtures.shipment(first, 1, "2026-10-28", "SHIPPED", "100", "10");
    fixtures.shipment(second, 1, "2026-11-03", "SHIPPED", "40");
    fixtures.shipment(second, 2, "2026-11-20", "TRANSPORT_CHOSEN", "60");
    fixtures.shipment(first, 2, "2026-11-26", "SHIPPED", "50", "0");
    fixtures.complaintWithReturn(first, "2026-11-10", 1, "20");
    fixtures.allowance(second, "2026-11-15T02:00:00Z", "12.50");

    StatementRevision.View november = build(customer, "2026-11-25");

    assertThat(november.lines())
        .extracting(StatementLine.View::kind, StatementLine.View::amount)
        .map(tuple -> tuple.toList().toString())
        .containsExactly(
            "[SHIPMENT, 50.00]", // first order, line 1: 100 × 0.5
            "[SHIPMENT, 20.00]", // first order, line 2: 10 × 2
            "[SHIPMENT, 50.00]", // second order: 40 × 1.25; its batch not out yet is left out
            "[RETURN, -10.00]",
            "[ALLOWANCE, -12.50]");
    assertThat(november.shippedAmount()).isEqualByComparingTo("120.00");
    assertThat(november.periodAmount()).isEqualByComparingTo("97.50");
    assertThat(november.previousBalance()).isEqualByComparingTo("0");
    assertThat(november.lines().get(0).orderNumber()).isEqualTo(first.number());
    assertThat(november.lines().get(0).customerPo()).isEqualTo("PO-" + first.number());
    assertThat(build(customer, "2026-11-25").lines()).as("built once a month").hasSize(5);
    assertThat(
            jdbc.sql("SELECT deducted_on FROM complaint_allowance WHERE customer_id = :c")
                .param("c", customer)
                .query(LocalDate.class)
                .single())
        .isEqualTo(LocalDate.parse("2026-11-25"));

    fixtures.openReceivable(customer, "CNY", "97.50");
    StatementRevision.View december = build(customer, "2026-12-25");

    assertThat(december.lines())
        .extracting(StatementLine.View::happenedOn)
        .as("only what November's statement did not state")
        .containsExactly(LocalDate.parse("2026-11-26"));
    assertThat(december.previousBalance()).isEqualByComparingTo("97.50");
    assertThat(december.totalDue()).isEqualByComparingTo("122.50");
    Map<String, Object> period =
        jdbc.sql(
                "SELECT period_from, period_to FROM statement WHERE customer_id = :c"
                    + " AND statement_month = '2026-12'")
            .param("c", customer)
            .query()
            .singleRow();
    assertThat(period.values().stream().map(Object::toString))
        .containsExactly("2026-11-26", "2026-12-25");
  }

  @Test
  void aUsdCustomerIsStatedInUsdWithCnyOrdersAndAllowancesConverted() {
    StatementFixtures fixtures = fixtures();
    long customer = fixtures.customer("USD", 25, false);
    Order usd = fixtures.order(customer, "USD", "0.1");
    Order cny = fixtures.order(customer, "CNY", "7.1");
    fixtures.shipment(usd, 1, "2026-11-02", "SHIPPED", "500");
    fixtures.shipment(cny, 1, "2026-11-03", "SHIPPED", "10");
    fixtures.allowance(cny, "2026-11-04T02:00:00Z", "35.50");

    StatementRevision.View statement = build(customer, "2026-11-25");

    assertThat(statement.currency()).isEqualTo("USD");
    assertThat(statement.lines())
        .extracting(StatementLine.View::amount)
        .map(Object::toString)
        .containsExactly("50.00", "10.00", "-5.00");
    assertThat(statement.lines())
        .extracting(StatementLine.View::orderCurrency)
        .containsExactly("USD", "CNY", "CNY");
    assertThat(statement.periodAmount()).isEqualByComparingTo("55.00");
  }

  @Test
  void aConsignmentCustomerIsStatedItsConsumptionNotTheTransfers() {
    StatementFixtures fixtures = fixtures();
    long customer = fixtures.customer("CNY", 20, true);
    Order order = fixtures.order(customer, "CNY", "3");
    fixtures.shipment(order, 1, "2026-11-02", "SHIPPED", "500");
    fixtures.consumption(order, 1, "120", "2026-11-10");
    fixtures.consumption(order, 1, "80", "2026-11-21");

    StatementRevision.View statement = build(customer, "2026-11-20");

    assertThat(statement.lines())
        .extracting(StatementLine.View::kind, StatementLine.View::quantity)
        .map(tuple -> tuple.toList().toString())
        .containsExactly("[CONSUMPTION, 120.000]");
    assertThat(statement.periodAmount()).isEqualByComparingTo("360.00");
  }

  @Test
  void aMonthWithNothingToStateGetsNoStatement() {
    StatementFixtures fixtures = fixtures();
    long customer = fixtures.customer("CNY", 25, false);
    Order order = fixtures.order(customer, "CNY", "1");
    fixtures.shipment(order, 1, "2026-11-26", "SHIPPED", "10");

    assertThat(build(customer, "2026-11-25")).isNull();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM statement WHERE customer_id = :c")
                .param("c", customer)
                .query(Integer.class)
                .single())
        .isZero();
  }
}
