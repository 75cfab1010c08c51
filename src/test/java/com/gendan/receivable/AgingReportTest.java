package com.gendan.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.receivable.AgingReport.Bucket;
import com.gendan.receivable.AgingReport.OpenItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The aging arithmetic: each receivable in the bucket of its days overdue, counted to today in
 * Asia/Shanghai, at every boundary; a row per customer and currency, totals per currency.
 */
class AgingReportTest {

  /** 01:30 on 5 December in Shanghai, still the 4th in UTC. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-04T17:30:00Z"), ZoneId.of("Asia/Shanghai"));

  private static final LocalDate TODAY = LocalDate.now(CLOCK);

  @ParameterizedTest(name = "{0} days overdue: {1}")
  @CsvSource({
    "-1, CURRENT",
    "0, CURRENT",
    "1, OVERDUE_1_TO_30",
    "30, OVERDUE_1_TO_30",
    "31, OVERDUE_31_TO_60",
    "60, OVERDUE_31_TO_60",
    "61, OVERDUE_61_TO_90",
    "90, OVERDUE_61_TO_90",
    "91, OVERDUE_OVER_90"
  })
  void aReceivableIsInTheBucketOfItsDaysOverdue(int daysOverdue, Bucket bucket) {
    assertThat(TODAY).isEqualTo(LocalDate.parse("2026-12-05"));
    assertThat(Bucket.of(TODAY.minusDays(daysOverdue), TODAY)).isEqualTo(bucket);
  }

  @Test
  void aRowPerCustomerAndCurrencyAndTheTotalsPerCurrency() {
    List<OpenItem> items =
        List.of(
            item("C002", "CNY", 0, "1.00"),
            item("C001", "CNY", -5, "2.00"),
            item("C001", "CNY", 1, "4.00"),
            item("C001", "CNY", 30, "8.00"),
            item("C001", "CNY", 31, "16.00"),
            item("C001", "CNY", 60, "32.00"),
            item("C001", "CNY", 61, "64.00"),
            item("C001", "CNY", 90, "128.00"),
            item("C001", "CNY", 91, "256.00"),
            item("C001", "USD", 200, "0.50"),
            item("C002", "CNY", 45, "1000.00"));

    AgingReport report = AgingReport.of(TODAY, items);

    assertThat(report.asOf()).isEqualTo(TODAY);
    assertThat(report.rows())
        .extracting(AgingReport.Row::customerCode, AgingReport.Row::currency)
        .map(t -> t.toList())
        .containsExactly(List.of("C001", "CNY"), List.of("C001", "USD"), List.of("C002", "CNY"));
    assertThat(amounts(report.rows().get(0)))
        .containsExactly("2.00", "12.00", "48.00", "192.00", "256.00", "510.00");
    assertThat(amounts(report.rows().get(1)))
        .containsExactly("0.00", "0.00", "0.00", "0.00", "0.50", "0.50");
    assertThat(amounts(report.rows().get(2)))
        .containsExactly("1.00", "0.00", "1000.00", "0.00", "0.00", "1001.00");
    assertThat(report.rows().get(0).customerName()).isEqualTo("客户C001");

    assertThat(report.totals()).extracting(AgingReport.Row::currency).containsExactly("CNY", "USD");
    assertThat(report.totals().get(0).customerName()).isEqualTo("合计");
    assertThat(amounts(report.totals().get(0)))
        .containsExactly("3.00", "12.00", "1048.00", "192.00", "256.00", "1511.00");
    assertThat(amounts(report.totals().get(1)))
        .containsExactly("0.00", "0.00", "0.00", "0.00", "0.50", "0.50");
  }

  @Test
  void nothingOpenIsAnEmptyReport() {
    AgingReport report = AgingReport.of(TODAY, List.of());
    assertThat(report.rows()).isEmpty();
    assertThat(report.totals()).isEmpty();
  }

  @Test
  void theChangesSinceLastWeekCoverEveryCustomerOpenOnEitherDay() {
    LocalDate lastWeek = TODAY.minusWeeks(1);
    AgingReport then =
        AgingReport.of(
            lastWeek,
            List.of(
                new OpenItem(
                    "C001", "客户C001", "CNY", lastWeek.minusDays(10), new BigDecimal("500.00")),
                new OpenItem(
                    "C002", "客户C002", "CNY", lastWeek.plusDays(3), new BigDecimal("80.00"))));
    AgingReport now =
        AgingReport.of(
                TODAY,
                List.of(
                    item("C001", "CNY", 17, "300.00"),
                    item("C002", "CNY", 4, "80.00"),
                    item("C003", "USD", -2, "9.50")))
            .compared(then, List.of());

    assertThat(now.comparedWith()).isEqualTo(lastWeek);
    assertThat(now.changes())
        .extracting(
            c -> c.customerCode() + " " + c.currency(),
            c -> c.total().toPlainString() + " " + c.totalLastWeek().toPlainString(),
            c -> c.totalChange().toPlainString(),
            c -> c.overdue().toPlainString() + " " + c.overdueLastWeek().toPlainString(),
            c -> c.overdueChange().toPlainString())
        .map(t -> t.toList())
        .containsExactly(
            List.of("C001 CNY", "300.00 500.00", "-200.00", "300.00 500.00", "-200.00"),
            List.of("C002 CNY", "80.00 80.00", "0.00", "80.00 0.00", "80.00"),
            List.of("C003 USD", "9.50 0.00", "9.50", "0.00 0.00", "0.00"));

    AgingReport paidOff =
        AgingReport.of(TODAY, List.of(item("C002", "CNY", 4, "80.00"))).compared(then, List.of());
    assertThat(paidOff.changes().get(0).customerCode()).isEqualTo("C001");
    assertThat(paidOff.changes().get(0).total()).isEqualByComparingTo("0");
    assertThat(paidOff.changes().get(0).totalChange()).isEqualByComparingTo("-500.00");
    assertThat(paidOff.changes().get(0).customerName()).isEqualTo("客户C001");
  }

  private static OpenItem item(String customer, String currency, int daysOverdue, String open) {
    return new OpenItem(
        customer, "客户" + customer, currency, TODAY.minusDays(daysOverdue), new BigDecimal(open));
  }

  private static List<String> amounts(AgingReport.Row row) {
    return java.util.stream.Stream.of(
            row.current(),
            row.overdue1To30(),
            row.overdue31To60(),
            row.overdue61To90(),
            row.overdueOver90(),
            row.total())
        .map(BigDecimal::toPlainString)
        .toList();
  }
}
