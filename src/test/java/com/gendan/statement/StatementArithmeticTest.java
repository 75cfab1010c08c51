package com.gendan.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gendan.statement.StatementArithmetic.Item;
import com.gendan.statement.StatementArithmetic.Line;
import com.gendan.statement.StatementArithmetic.Totals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statement's sums: several orders, returns, allowances, two currencies, an empty month. */
class StatementArithmeticTest {

  private final StatementArithmetic arithmetic =
      new StatementArithmetic(Map.of("USD", new BigDecimal("7.10")));

  private static Item shipped(long id, String day, String order, String qty, String price) {
    return goods(StatementLineKind.SHIPMENT, id, day, order, qty, price, "CNY");
  }

  private static Item goods(
      StatementLineKind kind,
      long id,
      String day,
      String order,
      String qty,
      String price,
      String currency) {
    return Item.goods(
        kind,
        id,
        LocalDate.parse(day),
        order,
        "PO-" + order,
        "EC-R0603-103",
        new BigDecimal(qty),
        new BigDecimal(price),
        currency,
        null);
  }

  @Test
  void severalOrdersLessReturnsAndAllowancesAfterThePreviousBalance() {
    Totals totals =
        arithmetic.total(
            "CNY",
            List.of(
                Item.allowance(7, LocalDate.parse("2026-11-20"), new BigDecimal("150.00"), "KS-1"),
                goods(StatementLineKind.RETURN, 5, "2026-11-18", "XS-2", "10", "2.5", "CNY"),
                shipped(3, "2026-11-12", "XS-2", "200", "2.5"),
                shipped(1, "2026-11-02", "XS-1", "1000", "0.0333"),
                shipped(2, "2026-11-02", "XS-1", "3", "12.005")),
            new BigDecimal("800"));

    assertThat(totals.lines())
        .extracting(line -> line.item().sourceId())
        .as("shipped by date, order and line, then returns, then allowances")
        .containsExactly(1L, 2L, 3L, 5L, 7L);
    assertThat(totals.lines()).extracting(Line::lineNo).containsExactly(1, 2, 3, 4, 5);
    assertThat(totals.lines())
        .extracting(Line::amount)
        .containsExactly(
            new BigDecimal("33.30"),
            new BigDecimal("36.02"), // 36.015 rounded half up
            new BigDecimal("500.00"),
            new BigDecimal("-25.00"),
            new BigDecimal("-150.00"));
    assertThat(totals.shipped()).isEqualByComparingTo("569.32");
    assertThat(totals.returned()).isEqualByComparingTo("-25.00");
    assertThat(totals.allowances()).isEqualByComparingTo("-150.00");
    assertThat(totals.periodAmount()).isEqualByComparingTo("394.32");
    assertThat(totals.previousBalance()).isEqualByComparingTo("800.00");
    assertThat(totals.totalDue()).isEqualByComparingTo("1194.32");
  }

  @Test
  void aUsdCustomerSeesCnyOrdersAndAllowancesConvertedLineByLine() {
    Totals totals =
        arithmetic.total(
            "USD",
            List.of(
                goods(StatementLineKind.SHIPMENT, 1, "2026-11-02", "XS-1", "100", "1.5", "USD"),
                goods(StatementLineKind.SHIPMENT, 2, "2026-11-03", "XS-2", "100", "7.10", "CNY"),
                goods(StatementLineKind.SHIPMENT, 3, "2026-11-04", "XS-3", "1", "10", "CNY"),
                Item.allowance(4, LocalDate.parse("2026-11-05"), new BigDecimal("71"), "KS-1")),
            BigDecimal.ZERO);

    assertThat(totals.currency()).isEqualTo("USD");
    assertThat(totals.lines())
        .extracting(Line::amount)
        .containsExactly(
            new BigDecimal("150.00"),
            new BigDecimal("100.00"),
            new BigDecimal("1.41"), // 10 / 7.10 = 1.408…
            new BigDecimal("-10.00"));
    assertThat(totals.periodAmount()).isEqualByComparingTo("241.41");
  }

  @Test
  void aCnyCustomerSeesUsdOrdersConverted() {
    Totals totals =
        arithmetic.total(
            "CNY",
            List.of(goods(StatementLineKind.SHIPMENT, 1, "2026-11-02", "XS-1", "3", "1.01", "USD")),
            BigDecimal.ZERO);

    assertThat(totals.lines().get(0).amount()).isEqualByComparingTo("21.51"); // 3.03 × 7.10
  }

  @Test
  void aMonthWithNothingAddsNothing() {
    Totals totals = arithmetic.total("CNY", List.of(), new BigDecimal("12.5"));

    assertThat(totals.isEmpty()).isTrue();
    assertThat(totals.periodAmount()).isEqualByComparingTo("0");
    assertThat(totals.totalDue()).isEqualByComparingTo("12.50");
  }

  @Test
  void allowancesMayOutweighTheShipments() {
    Totals totals =
        arithmetic.total(
            "CNY",
            List.of(
                shipped(1, "2026-11-02", "XS-1", "10", "1"),
                Item.allowance(2, LocalDate.parse("2026-11-03"), new BigDecimal("50"), "KS-1")),
            BigDecimal.ZERO);

    assertThat(totals.periodAmount()).isEqualByComparingTo("-40.00");
  }

  @Test
  void aCurrencyWithoutARateIsAConfigurationError() {
    List<Item> euro =
        List.of(goods(StatementLineKind.SHIPMENT, 1, "2026-11-02", "XS-1", "1", "1", "EUR"));

    assertThatThrownBy(() -> arithmetic.total("CNY", euro, BigDecimal.ZERO))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EUR");
  }

  @Test
  void aCorrectionIsComputedAgainAndTheOthersKeepTheirAmounts() {
    Item item = shipped(1, "2026-11-02", "XS-1", "100", "2");
    Item corrected = item.corrected(new BigDecimal("90"), null);

    assertThat(arithmetic.amountOf(corrected, "CNY")).isEqualByComparingTo("180.00");
    assertThat(arithmetic.amountOf(item.corrected(null, new BigDecimal("1.5")), "CNY"))
        .isEqualByComparingTo("150.00");
  }
}
