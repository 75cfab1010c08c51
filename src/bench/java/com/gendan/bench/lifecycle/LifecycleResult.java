package com.gendan.bench.lifecycle;

import com.gendan.bench.sql.SqlSnapshot;

/**
 * One measurement: {@code clients} concurrent clients walking a model's lifecycle.
 *
 * @param stack "HTTP" (Gendan's stack, in-process application) or "bare engine"
 * @param lifecycles the lifecycles completed
 * @param failed lifecycles that failed (their time is not counted); {@code firstError} says why
 * @param meanLatencyMillis a lifecycle's mean duration, as its client saw it
 * @param meanWaitedMillis of that, the time its client waited for the instance's own work between
 *     steps (the job executor's async steps and timers); 0 on the bare engine, whose clients run
 *     the jobs themselves
 * @param userTasks user tasks (wait states a user ends) per lifecycle
 * @param sql what the database did in the window (every thread)
 * @param authorizationRowsAdded how much the authorization table grew in the window
 */
public record LifecycleResult(
    String stack,
    String model,
    int clients,
    int lifecycles,
    int failed,
    String firstError,
    long wallNanos,
    double meanLatencyMillis,
    double meanWaitedMillis,
    int userTasks,
    SqlSnapshot sql,
    long authorizationRowsAdded) {

  public double lifecyclesPerSecond() {
    return lifecycles / (wallNanos / 1e9);
  }

  public double millisPerWaitState() {
    return meanLatencyMillis / userTasks;
  }
}
