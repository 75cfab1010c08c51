package com.gendan.bench.scale;

import com.gendan.bench.walk.Lifecycles;
import com.gendan.bench.walk.Team;
import com.gendan.identity.Role;
import com.gendan.order.SalesOrderProcess;
import com.gendan.sample.SampleTrackingProcess;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with real work, fast, inside the application: starts {@code sampleTracking}
 * and {@code salesOrder} instances with the values their Tasklist start forms submit, as the
 * customer's assistant, many in one transaction (each in an engine command of its own), so Gendan's
 * engine plugins and delegates run as they would for work keyed in by hand; then ends some of them
 * the way users end them (a sample withdrawal, an order cancellation), so their history is real.
 *
 * <p>Of every ten instances one is an order (it stops at 协调订单更正 for the missing price agreement, or
 * at 信用冻结处理 for the customer on credit hold), the others free samples, alternately charged (waiting
 * at 准备并寄出样品, offered to the warehouse group) and free above the limit (waiting at 审批免费样品 for the
 * sales manager). The ones that end are spread evenly among the others, and the customers take
 * turns.
 */
public final class ScaleGenerator {

  private static final String ORDER_PRODUCT_WITHOUT_AGREEMENT = Lifecycles.SAMPLE_PRODUCT;
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final TransactionTemplate transaction;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public ScaleGenerator(ProcessEngine engine, PlatformTransactionManager transactions) {
    this.transaction = new TransactionTemplate(transactions);
    this.runtime = engine.getRuntimeService();
    this.identity = engine.getIdentityService();
  }

  /**
   * @param running instances left waiting at a user task
   * @param finished instances started and then ended
   * @param batchSize instances started (or ended) in one transaction
   * @param threads batches generated at the same time
   */
  public record Plan(int running, int finished, int batchSize, int threads) {

    int total() {
      return running + finished;
    }

    /** Spreads the finished ones evenly: instance {@code index} ends if this says so. */
    boolean finishes(int index) {
      return (long) (index + 1) * finished / total() > (long) index * finished / total();
    }
  }

  /** What was generated and how long it took. */
  public record Outcome(
      int started, int ended, Map<String, Integer> startedByKind, Duration took) {}

  private enum Kind {
    ORDER,
    SAMPLE_FOR_WAREHOUSE,
    SAMPLE_FOR_APPROVAL
  }

  private record Instance(int index, Kind kind, Team team, boolean finishes) {}

  public Outcome generate(List<Team> teams, Plan plan, Consumer<String> progress) {
    long began = System.nanoTime();
    Map<String, Integer> byKind = new LinkedHashMap<>();
    for (int index = 0; index < plan.total(); index++) {
      byKind.merge(instance(index, teams, plan).kind().name(), 1, Integer::sum);
    }
    AtomicInteger nextBatch = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger ended = new AtomicInteger();
    AtomicInteger reported = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int first = nextBatch.getAndAdd(plan.batchSize());
              first < plan.total();
              first = nextBatch.getAndAdd(plan.batchSize())) {
            List<Instance> batch = new ArrayList<>();
            for (int index = first;
                index < Math.min(plan.total(), first + plan.batchSize());
                index++) {
              batch.add(instance(index, teams, plan));
            }
            ended.addAndGet(endAll(batch, startAll(batch)));
            int total = done.addAndGet(batch.size());
            int last = reported.get();
            if ((total - last >= 5000 || total == plan.total())
                && reported.compareAndSet(last, total)) {
              double seconds = (System.nanoTime() - began) / 1e9;
              progress.accept(
                  String.format(
                      "generated %d of %d instances (%d ended), %.0f s, %.0f/s",
                      total, plan.total(), ended.get(), seconds, total / seconds));
            }
          }
        };
    ExecutorService pool =
        Executors.newFixedThreadPool(
            plan.threads(),
            runnable -> {
              Thread thread = new Thread(runnable, "bench-generator-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < plan.threads(); i++) {
        workers.add(pool.submit(worker));
      }
      for (Future<?> running : workers) {
        running.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("generation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(
        plan.total(), ended.get(), byKind, Duration.ofNanos(System.nanoTime() - began));
  }

  /**
   * The instance at {@code index}: whether it ends, then its kind and customer by its place among
   * the ones that end (or among the ones that keep running), so both get the same mix.
   */
  private static Instance instance(int index, List<Team> teams, Plan plan) {
    boolean finishes = plan.finishes(index);
    long endedBefore = (long) index * plan.finished() / plan.total();
    int ordinal = (int) (finishes ? endedBefore : index - endedBefore);
    Kind kind =
        ordinal % 10 == 0
            ? Kind.ORDER
            : ordinal % 2 == 1 ? Kind.SAMPLE_FOR_WAREHOUSE : Kind.SAMPLE_FOR_APPROVAL;
    Team team = teams.get((ordinal / 10 + ordinal % 10) % teams.size());
    return new Instance(index, kind, team, finishes);
  }

  /**
   * Starts the batch in one transaction, each in a command of its own (one command for many would
   * make the engine's and Hibernate's flushes quadratic), as its customer's assistant.
   */
  private List<String> startAll(List<Instance> batch) {
    try {
      return transaction.execute(
          status -> {
            List<String> ids = new ArrayList<>();
            for (Instance instance : batch) {
              identity.setAuthentication(
                  instance.team().assistant(), List.of(Role.SALES_ASSISTANT.groupId()));
              String key =
                  instance.kind() == Kind.ORDER ? SalesOrderProcess.KEY : SampleTrackingProcess.KEY;
              ids.add(
                  runtime
                      .createProcessInstanceByKey(key)
                      .setVariables(startForm(instance))
                      .execute()
                      .getId());
            }
            return ids;
          });
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Ends the batch's finishing instances in one transaction, as Gendan's API does (as the engine).
   */
  private int endAll(List<Instance> batch, List<String> ids) {
    Integer count =
        transaction.execute(
            status -> {
              int ended = 0;
              for (int i = 0; i < batch.size(); i++) {
                Instance instance = batch.get(i);
                if (!instance.finishes()) {
                  continue;
                }
                if (instance.kind() == Kind.ORDER) {
                  runtime
                      .createMessageCorrelation(SalesOrderProcess.Messages.ORDER_CANCELLED)
                      .processInstanceId(ids.get(i))
                      .setVariable(SalesOrderProcess.Variables.CANCELLATION_REASON.name(), "客户取消订单")
                      .correlate();
                } else {
                  runtime
                      .createMessageCorrelation(SampleTrackingProcess.Messages.WITHDRAW)
                      .processInstanceId(ids.get(i))
                      .setVariable(
                          SampleTrackingProcess.Variables.WITHDRAWAL_REASON.name(), "客户项目取消")
                      .setVariable(
                          SampleTrackingProcess.Variables.WITHDRAWN_BY.name(),
                          instance.team().assistant())
                      .correlate();
                }
                ended++;
              }
              return ended;
            });
    return count == null ? 0 : count;
  }

  /** What the process's Tasklist start form submits. */
  private static Map<String, Object> startForm(Instance instance) {
    LocalDate today = LocalDate.now();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("customerCode", instance.team().customerCode());
    if (instance.kind() == Kind.ORDER) {
      form.put("channel", "email");
      form.put("customerPo", "SCALE-" + instance.index());
      form.put("receivedAt", today.toString());
      form.put("linesText", ORDER_PRODUCT_WITHOUT_AGREEMENT + " 100 17 " + today.plusDays(30));
      String standing = instance.team().standingRequirements();
      form.put("specialRequirements", standing == null ? "" : standing);
    } else {
      form.put("productCode", Lifecycles.SAMPLE_PRODUCT);
      form.put("quantity", 2.0);
      form.put("unit", "盘");
      form.put("sampleValue", 5000.0);
      form.put("purpose", "量产前验证");
      form.put("charged", instance.kind() == Kind.SAMPLE_FOR_WAREHOUSE);
      form.put("targetDate", today.plusDays(7).toString());
    }
    return form;
  }
}
