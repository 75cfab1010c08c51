package com.gendan.bench.sql;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts of a {@link SqlCounter} at one moment, or (after {@link #minus}) over a window.
 *
 * @param byTable statements by {@link StatementKinds kind}: verb and table, e.g. {@code insert
 *     ACT_RU_AUTHORIZATION}
 * @param byThread statements by {@link ThreadKinds thread kind}
 */
public record SqlSnapshot(
    long statements,
    long roundTrips,
    long commits,
    long rollbacks,
    Map<String, Long> byTable,
    Map<String, Long> byThread) {

  public static final SqlSnapshot NONE = new SqlSnapshot(0, 0, 0, 0, Map.of(), Map.of());

  public SqlSnapshot minus(SqlSnapshot earlier) {
    return new SqlSnapshot(
        statements - earlier.statements,
        roundTrips - earlier.roundTrips,
        commits - earlier.commits,
        rollbacks - earlier.rollbacks,
        difference(byTable, earlier.byTable),
        difference(byThread, earlier.byThread));
  }

  public SqlSnapshot plus(SqlSnapshot other) {
    return new SqlSnapshot(
        statements + other.statements,
        roundTrips + other.roundTrips,
        commits + other.commits,
        rollbacks + other.rollbacks,
        sum(byTable, other.byTable),
        sum(byThread, other.byThread));
  }

  private static Map<String, Long> sum(Map<String, Long> one, Map<String, Long> other) {
    Map<String, Long> sum = new HashMap<>(one);
    other.forEach((key, value) -> sum.merge(key, value, Long::sum));
    return Map.copyOf(sum);
  }

  private static Map<String, Long> difference(Map<String, Long> now, Map<String, Long> before) {
    Map<String, Long> difference = new HashMap<>();
    now.forEach(
        (key, value) -> {
          long delta = value - before.getOrDefault(key, 0L);
          if (delta != 0) {
            difference.put(key, delta);
          }
        });
    return Map.copyOf(difference);
  }
}
