package com.gendan.bench.sql;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts what a DataSource does, from every thread: statements (each row of a batch counts), round
 * trips (executions) and transactions (commits, rollbacks), by table and by the kind of thread that
 * ran them. The bench's own look-ups run {@link #uncounted}; a measurement takes a {@link
 * #snapshot} before and after its window and subtracts.
 */
public final class SqlCounter implements QueryExecutionListener, MethodExecutionListener {

  private static final ThreadLocal<Boolean> UNCOUNTED = ThreadLocal.withInitial(() -> false);

  private final LongAdder statements = new LongAdder();
  private final LongAdder roundTrips = new LongAdder();
  private final LongAdder commits = new LongAdder();
  private final LongAdder rollbacks = new LongAdder();
  private final Map<String, LongAdder> byTable = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> byThread = new ConcurrentHashMap<>();
  private volatile List<RecordedStatement> recording;
  private volatile String recordedThreadKind;

  /** Runs {@code work} on this thread without counting its statements (the bench's own). */
  public static <T> T uncounted(Supplier<T> work) {
    boolean before = UNCOUNTED.get();
    UNCOUNTED.set(true);
    try {
      return work.get();
    } finally {
      UNCOUNTED.set(before);
    }
  }

  public static void uncounted(Runnable work) {
    uncounted(
        () -> {
          work.run();
          return null;
        });
  }

  public SqlSnapshot snapshot() {
    return new SqlSnapshot(
        statements.sum(),
        roundTrips.sum(),
        commits.sum(),
        rollbacks.sum(),
        sums(byTable),
        sums(byThread));
  }

  /**
   * Runs {@code work} and answers every counted statement that a thread of the kind ran meanwhile
   * ({@link ThreadKinds}), with its parameters and time; meant for one HTTP request at a time (the
   * list timings' statements), so that background work is left out.
   */
  public List<RecordedStatement> record(String threadKind, Runnable work) {
    List<RecordedStatement> recorded = java.util.Collections.synchronizedList(new ArrayList<>());
    recording = recorded;
    recordedThreadKind = threadKind;
    try {
      work.run();
    } finally {
      recording = null;
    }
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }

  @Override
  public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

  @Override
  public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    if (UNCOUNTED.get() || queries.isEmpty()) {
      return;
    }
    int count = 0;
    for (QueryInfo query : queries) {
      count += execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
    }
    statements.add(count);
    roundTrips.increment();
    String sql = queries.get(0).getQuery();
    byTable.computeIfAbsent(StatementKinds.of(sql), key -> new LongAdder()).add(count);
    String threadKind = ThreadKinds.current();
    byThread.computeIfAbsent(threadKind, key -> new LongAdder()).add(count);
    List<RecordedStatement> recorded = recording;
    if (recorded != null && threadKind.equals(recordedThreadKind)) {
      recorded.add(
          RecordedStatement.of(
              queries.get(0), execution.getElapsedTime(), Thread.currentThread().getName()));
    }
  }

  @Override
  public void beforeMethod(MethodExecutionContext context) {}

  @Override
  public void afterMethod(MethodExecutionContext context) {
    if (UNCOUNTED.get()
        || !(context.getTarget() instanceof Connection)
        || context.getThrown() != null) {
      return;
    }
    switch (context.getMethod().getName()) {
      case "commit" -> commits.increment();
      case "rollback" -> {
        if (context.getMethodArgs() == null || context.getMethodArgs().length == 0) {
          rollbacks.increment();
        }
      }
      default -> {}
    }
  }

  private static Map<String, Long> sums(Map<String, LongAdder> adders) {
    Map<String, Long> sums = new java.util.HashMap<>();
    adders.forEach((key, adder) -> sums.put(key, adder.sum()));
    return Map.copyOf(sums);
  }
}
