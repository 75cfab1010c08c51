package com.gendan.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The receivables aging report (应收账款账龄表, SPEC D11): each customer's open receivables as of a day,
 * per currency, in the buckets not yet due, 1–30, 31–60, 61–90 and more than 90 days overdue, and
 * the totals per currency.
 *
 * @param asOf the day the ages are counted to (today in Gendan's zone)
 * @param rows a row per customer and currency, by customer code
 * @param totals a row per currency, customer code and name empty
 */
public record AgingReport(LocalDate asOf, List<Row> rows, List<Row> totals) {

  public AgingReport {
    rows = List.copyOf(rows);
    totals = List.copyOf(totals);
  }

  /** How overdue an open receivable is. */
  public enum Bucket {
    /** Not yet due, or due today. */
    CURRENT,
    OVERDUE_1_TO_30,
    OVERDUE_31_TO_60,
    OVERDUE_61_TO_90,
    OVERDUE_OVER_90;

    /** The bucket of a receivable due on {@code dueOn}, counted on {@code asOf}. */
    static Bucket of(LocalDate dueOn, LocalDate asOf) {
      long overdue = ChronoUnit.DAYS.between(dueOn, asOf);
      if (overdue <= 0) {
        return CURRENT;
      } else if (overdue <= 30) {
        return OVERDUE_1_TO_30;
      } else if (overdue <= 60) {
        return OVERDUE_31_TO_60;
      } else if (overdue <= 90) {
        return OVERDUE_61_TO_90;
      }
      return OVERDUE_OVER_90;
    }
  }

  /** A customer's (or, in the totals, everyone's) open amounts in one currency, per bucket. */
  public record Row(
      String customerCode,
      String customerName,
      String currency,
      BigDecimal current,
      BigDecimal overdue1To30,
      BigDecimal overdue31To60,
      BigDecimal overdue61To90,
      BigDecimal overdueOver90,
      BigDecimal total) {

    private static Row empty(String code, String name, String currency) {
      BigDecimal zero = BigDecimal.ZERO.setScale(2);
      return new Row(code, name, currency, zero, zero, zero, zero, zero, zero);
    }

    private Row plus(Bucket bucket, BigDecimal amount) {
      return new Row(
          customerCode,
          customerName,
          currency,
          bucket == Bucket.CURRENT ? current.add(amount) : current,
          bucket == Bucket.OVERDUE_1_TO_30 ? overdue1To30.add(amount) : overdue1To30,
          bucket == Bucket.OVERDUE_31_TO_60 ? overdue31To60.add(amount) : overdue31To60,
          bucket == Bucket.OVERDUE_61_TO_90 ? overdue61To90.add(amount) : overdue61To90,
          bucket == Bucket.OVERDUE_OVER_90 ? overdueOver90.add(amount) : overdueOver90,
          total.add(amount));
    }
  }

  /** One open receivable: whose, in which currency, due when, how much is still open. */
  record OpenItem(
      String customerCode,
      String customerName,
      String currency,
      LocalDate dueOn,
      BigDecimal outstanding) {}

  /** The report of the open items as of the day. */
  static AgingReport of(LocalDate asOf, List<OpenItem> items) {
    Map<List<String>, Row> rows = new LinkedHashMap<>();
    Map<String, Row> totals = new TreeMap<>();
    items.stream()
        .sorted(
            Comparator.comparing(OpenItem::customerCode)
                .thenComparing(OpenItem::currency)
                .thenComparing(OpenItem::dueOn))
        .forEach(
            item -> {
              Bucket bucket = Bucket.of(item.dueOn(), asOf);
              rows.compute(
                  List.of(item.customerCode(), item.currency()),
                  (key, row) ->
                      (row == null
                              ? Row.empty(item.customerCode(), item.customerName(), item.currency())
                              : row)
                          .plus(bucket, item.outstanding()));
              totals.compute(
                  item.currency(),
                  (key, row) ->
                      (row == null ? Row.empty("", "合计", item.currency()) : row)
                          .plus(bucket, item.outstanding()));
            });
    return new AgingReport(asOf, new ArrayList<>(rows.values()), new ArrayList<>(totals.values()));
  }
}
