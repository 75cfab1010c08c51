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
 * the totals per currency; what changed per customer and currency since the same report a week
 * before, and each overdue invoice with the last chase note of its collection ladder.
 *
 * @param asOf the day the ages are counted to (today in Gendan's zone)
 * @param rows a row per customer and currency, by customer code
 * @param totals a row per currency, customer code and name empty
 * @param comparedWith the day the changes are counted from (a week before {@code asOf})
 * @param changes a row per customer and currency open on either day, by customer code
 * @param overdueItems every overdue open receivable, by customer code and due date
 */
public record AgingReport(
    LocalDate asOf,
    List<Row> rows,
    List<Row> totals,
    LocalDate comparedWith,
    List<Change> changes,
    List<OverdueItem> overdueItems) {

  public AgingReport {
    rows = List.copyOf(rows);
    totals = List.copyOf(totals);
    changes = List.copyOf(changes);
    overdueItems = List.copyOf(overdueItems);
  }

  /**
   * A customer's open and overdue amounts in one currency, now and a week before.
   *
   * @param overdue what is open and past its due date now ({@code total - current})
   */
  public record Change(
      String customerCode,
      String customerName,
      String currency,
      BigDecimal total,
      BigDecimal totalLastWeek,
      BigDecimal totalChange,
      BigDecimal overdue,
      BigDecimal overdueLastWeek,
      BigDecimal overdueChange) {}

  /**
   * An overdue open receivable and the last contact logged while collecting it.
   *
   * @param lastChaseOn the day of the last chase in Gendan's zone; null (and the rest) when none
   */
  public record OverdueItem(
      long invoiceId,
      String invoiceNumber,
      String customerCode,
      String customerName,
      String currency,
      LocalDate dueOn,
      long daysOverdue,
      BigDecimal outstanding,
      LocalDate lastChaseOn,
      String lastChaseBy,
      String lastChaseNote) {}

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

    /** What is open and past its due date. */
    public BigDecimal overdue() {
      return total.subtract(current);
    }

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
    return new AgingReport(
        asOf,
        new ArrayList<>(rows.values()),
        new ArrayList<>(totals.values()),
        asOf,
        List.of(),
        List.of());
  }

  /** This report with the changes since {@code lastWeek}'s and the overdue items. */
  AgingReport compared(AgingReport lastWeek, List<OverdueItem> overdue) {
    Map<List<String>, Row[]> both =
        new TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    rows.forEach(row -> both.computeIfAbsent(key(row), k -> new Row[2])[0] = row);
    lastWeek.rows().forEach(row -> both.computeIfAbsent(key(row), k -> new Row[2])[1] = row);
    List<Change> changes = new ArrayList<>();
    both.forEach(
        (key, pair) -> {
          Row now =
              pair[0] != null ? pair[0] : Row.empty(key.get(0), pair[1].customerName(), key.get(1));
          Row then =
              pair[1] != null ? pair[1] : Row.empty(key.get(0), now.customerName(), key.get(1));
          changes.add(
              new Change(
                  now.customerCode(),
                  now.customerName(),
                  now.currency(),
                  now.total(),
                  then.total(),
                  now.total().subtract(then.total()),
                  now.overdue(),
                  then.overdue(),
                  now.overdue().subtract(then.overdue())));
        });
    return new AgingReport(asOf, rows, totals, lastWeek.asOf(), changes, overdue);
  }

  private static List<String> key(Row row) {
    return List.of(row.customerCode(), row.currency());
  }
}
