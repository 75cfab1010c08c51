package com.gendan.bench.scale;

import com.gendan.bench.BenchDatabase;
import com.gendan.bench.sql.RecordedStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Asks the database how it runs a recorded query, with the parameters it ran with: {@code EXPLAIN
 * (ANALYZE, BUFFERS)} on PostgreSQL, {@code EXPLAIN ANALYZE} on H2, on a connection of its own (not
 * counted); a statement slower than {@link #MAX_ANALYZED} gets the estimated plan only.
 */
public final class PlanExplainer {

  /** A statement that took longer is explained without running it again. */
  static final Duration MAX_ANALYZED = Duration.ofSeconds(10);

  private final BenchDatabase database;
  private final String name;

  public PlanExplainer(BenchDatabase database, String name) {
    this.database = database;
    this.name = name;
  }

  /** The plan's lines, or a line saying why there is none. */
  public List<String> explain(RecordedStatement statement) {
    if (!statement.sql().strip().toLowerCase(Locale.ROOT).startsWith("select")) {
      return List.of("(not a query)");
    }
    boolean analyze = statement.elapsedMillis() <= MAX_ANALYZED.toMillis();
    String prefix =
        !analyze
            ? "EXPLAIN "
            : database.kind() == BenchDatabase.Kind.POSTGRES
                ? "EXPLAIN (ANALYZE, BUFFERS) "
                : "EXPLAIN ANALYZE ";
    try (Connection connection = database.connect(name);
        PreparedStatement explain = connection.prepareStatement(prefix + statement.sql())) {
      statement.bind(explain);
      List<String> lines = new ArrayList<>();
      if (!analyze) {
        lines.add(
            "(estimated plan only: the statement took "
                + statement.elapsedMillis()
                + " ms, too long to run again)");
      }
      try (ResultSet plan = explain.executeQuery()) {
        while (plan.next()) {
          lines.addAll(List.of(plan.getString(1).split("\n")));
        }
      }
      return lines;
    } catch (SQLException e) {
      return List.of("(cannot explain: " + e.getMessage() + ")");
    }
  }
}
