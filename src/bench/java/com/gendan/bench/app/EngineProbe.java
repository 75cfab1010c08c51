package com.gendan.bench.app;

import com.gendan.bench.sql.SqlCounter;
import com.gendan.bench.walk.InstanceWatch;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Waits for an instance's next wait state inside the application: asks the engine (uncounted,
 * without the HTTP stack) when a commit has signalled a new task or an ended instance.
 */
public final class EngineProbe implements InstanceWatch {

  /** Asks again now and then even without a signal (a signal may come before the wait). */
  private static final Duration RECHECK = Duration.ofMillis(250);

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final ProcessEngine engine;
  private final CommitSignals signals;

  public EngineProbe(ProcessEngine engine, CommitSignals signals) {
    this.engine = engine;
    this.signals = signals;
  }

  @Override
  public void awaitTask(String processInstanceId, String taskKey) {
    await(
        () ->
            engine
                    .getTaskService()
                    .createTaskQuery()
                    .processInstanceId(processInstanceId)
                    .taskDefinitionKey(taskKey)
                    .count()
                > 0,
        "task " + taskKey + " of " + processInstanceId);
  }

  @Override
  public void awaitEnd(String processInstanceId) {
    await(
        () ->
            engine
                    .getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .count()
                == 0,
        "end of " + processInstanceId);
  }

  /** The number of jobs that are due and not failed: the job executor's backlog. */
  public long dueJobs() {
    return SqlCounter.uncounted(
        () -> engine.getManagementService().createJobQuery().executable().count());
  }

  private void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      long seen = signals.version();
      if (SqlCounter.uncounted(condition::getAsBoolean)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("waited " + TIMEOUT.toSeconds() + " s for " + what);
      }
      try {
        signals.awaitAfter(seen, RECHECK);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for " + what, e);
      }
    }
  }
}
