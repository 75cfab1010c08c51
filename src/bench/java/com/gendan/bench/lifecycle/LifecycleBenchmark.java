package com.gendan.bench.lifecycle;

import com.gendan.bench.sql.SqlCounter;
import com.gendan.bench.sql.SqlSnapshot;
import com.gendan.bench.walk.Driver;
import com.gendan.bench.walk.Lifecycle;
import com.gendan.bench.walk.Lifecycles;
import com.gendan.bench.walk.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * Runs a model's lifecycle with concurrent clients, each walking its own lifecycles one after the
 * other for its own customer (team), and measures the window: wall time, each lifecycle's duration,
 * the SQL the database ran and how the authorization table grew.
 */
public final class LifecycleBenchmark {

  private final String stack;
  private final IntFunction<Driver> driverOfClient;
  private final IntFunction<Team> teamOfClient;
  private final SqlCounter counter;
  private final LongSupplier authorizationRows;

  /**
   * @param driverOfClient the driver client {@code n} (0, 1, …) walks with
   * @param teamOfClient the customer client {@code n} works for
   */
  public LifecycleBenchmark(
      String stack,
      IntFunction<Driver> driverOfClient,
      IntFunction<Team> teamOfClient,
      SqlCounter counter,
      LongSupplier authorizationRows) {
    this.stack = stack;
    this.driverOfClient = driverOfClient;
    this.teamOfClient = teamOfClient;
    this.counter = counter;
    this.authorizationRows = authorizationRows;
  }

  /** Walks without measuring, so that the JIT, caches and pools are warm. */
  public void warmUp(String model, int lifecycles) {
    run(model, 1, lifecycles);
  }

  public LifecycleResult run(String model, int clients, int perClient) {
    ExecutorService pool = Executors.newFixedThreadPool(clients, named("bench-client-"));
    try {
      List<ClientWalks> walks = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        walks.add(
            new ClientWalks(
                driverOfClient.apply(client), teamOfClient.apply(client), model, perClient));
      }
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      walks.forEach(walk -> running.add(pool.submit(() -> walk.run(go))));
      long authorizationsBefore = authorizationRows.getAsLong();
      SqlSnapshot before = counter.snapshot();
      long began = System.nanoTime();
      go.countDown();
      for (Future<?> future : running) {
        future.get();
      }
      long wall = System.nanoTime() - began;
      SqlSnapshot sql = counter.snapshot().minus(before);
      long authorizationsAdded = authorizationRows.getAsLong() - authorizationsBefore;
      int done = walks.stream().mapToInt(w -> w.done).sum();
      int failed = walks.stream().mapToInt(w -> w.failed).sum();
      double meanLatency =
          walks.stream().mapToLong(w -> w.totalNanos).sum() / 1e6 / Math.max(1, done);
      double meanWaited =
          walks.stream().mapToLong(w -> w.waitedNanos).sum() / 1e6 / Math.max(1, done);
      String firstError =
          walks.stream().map(w -> w.firstError).filter(e -> e != null).findFirst().orElse(null);
      int userTasks = Lifecycles.of(model, teamOfClient.apply(0)).userTasks();
      return new LifecycleResult(
          stack,
          model,
          clients,
          done,
          failed,
          firstError,
          wall,
          meanLatency,
          meanWaited,
          userTasks,
          sql,
          authorizationsAdded);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One client's lifecycles, walked one after the other. */
  private static final class ClientWalks {

    private final Driver driver;
    private final Team team;
    private final String model;
    private final int count;
    private int done;
    private int failed;
    private long totalNanos;
    private long waitedNanos;
    private String firstError;

    ClientWalks(Driver driver, Team team, String model, int count) {
      this.driver = driver;
      this.team = team;
      this.model = model;
      this.count = count;
    }

    void run(CountDownLatch go) {
      try {
        go.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      for (int i = 0; i < count; i++) {
        Lifecycle lifecycle = Lifecycles.of(model, team);
        long began = System.nanoTime();
        long waitedBefore = driver.waitedNanos();
        try {
          driver.walk(lifecycle);
          totalNanos += System.nanoTime() - began;
          waitedNanos += driver.waitedNanos() - waitedBefore;
          done++;
        } catch (RuntimeException e) {
          failed++;
          if (firstError == null) {
            firstError = e.toString();
          }
        }
      }
    }
  }

  static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
