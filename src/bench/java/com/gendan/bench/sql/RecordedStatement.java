package com.gendan.bench.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

/**
 * One statement as the application ran it: its text, its parameters (as the JDBC calls that set
 * them, so it can be run again) and how long it took.
 */
public record RecordedStatement(
    String sql, List<ParameterSetOperation> parameters, long elapsedMillis, String thread) {

  static RecordedStatement of(QueryInfo query, long elapsedMillis, String thread) {
    List<List<ParameterSetOperation>> sets = query.getParametersList();
    return new RecordedStatement(
        query.getQuery(),
        sets.isEmpty() ? List.of() : List.copyOf(sets.get(0)),
        elapsedMillis,
        thread);
  }

  /** Sets the recorded parameters on another statement of the same text (e.g. an EXPLAIN). */
  public void bind(PreparedStatement statement) throws SQLException {
    for (ParameterSetOperation parameter : parameters) {
      try {
        parameter.getMethod().invoke(statement, parameter.getArgs());
      } catch (ReflectiveOperationException e) {
        throw new SQLException("cannot set " + parameter.getMethod().getName(), e);
      }
    }
  }

  /** The parameters as text, in order, for the report. */
  public String parametersText() {
    return parameters.stream()
        .map(p -> p.getArgs().length > 1 ? String.valueOf(p.getArgs()[1]) : "?")
        .toList()
        .toString();
  }
}
