package com.gendan.bench.report;

import com.gendan.bench.BenchOptions;
import com.gendan.bench.BenchResults;
import com.gendan.bench.lifecycle.LifecycleResult;
import com.gendan.bench.scale.ListTiming;
import com.gendan.bench.scale.ScaleCensus;
import com.gendan.bench.sql.RecordedStatement;
import com.gendan.bench.sql.SqlSnapshot;
import com.gendan.bench.startup.StartupTimer.StartupRun;
import com.gendan.bench.walk.Lifecycles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark's report in Markdown: the run, the targets with PASS/FAIL, then each measurement.
 * Targets compare numbers of this run only.
 */
public final class BenchReport {

  static final double MAX_GENDAN_OVER_SHAPE = 1.5;
  static final double MIN_HTTP_OVER_BARE = 0.5;
  static final double MAX_SCALED_OVER_EMPTY = 1.5;
  static final double MAX_LIST_P95_MILLIS = 200;
  static final int TARGET_CLIENTS = 2;

  /** The processes, each as Gendan's model and its same-shape model. */
  static final List<String[]> PROCESSES =
      List.of(
          new String[] {"sample", Lifecycles.SAMPLE, Lifecycles.SAMPLE_SHAPE},
          new String[] {"order", Lifecycles.ORDER, Lifecycles.ORDER_SHAPE});

  private final BenchOptions options;
  private final BenchResults results;
  private final List<Target> targets = new ArrayList<>();

  public BenchReport(BenchOptions options, BenchResults results) {
    this.options = options;
    this.results = results;
  }

  public String markdown() {
    String lifecycles = lifecycleSection();
    String sql = sqlSection();
    String scale = scaleSection();
    String startup = startupSection();
    StringBuilder out = new StringBuilder();
    out.append("# Gendan benchmark (").append(options.db().label()).append(")\n\n");
    out.append(runSection());
    out.append("## Targets\n\n");
    Table table = new Table("Target", "Measured", "Verdict");
    targets.stream()
        .sorted(Comparator.comparingInt(BenchReport::group))
        .forEach(t -> table.row(t.name(), t.measured(), t.verdict()));
    out.append(table.isEmpty() ? "(no target measured in this run)\n" : table.markdown());
    out.append('\n');
    if (!results.errors().isEmpty()) {
      out.append("## Errors\n\n");
      results.errors().forEach(e -> out.append("- ").append(e).append('\n'));
      out.append('\n');
    }
    out.append(lifecycles).append(sql).append(scale).append(startup).append(notes());
    return out.toString();
  }

  /** Targets of a kind together: time, statements, HTTP ÷ bare, authorizations, lists. */
  private static int group(Target target) {
    List<String> order =
        List.of(
            "time per wait state",
            "statements per lifecycle",
            "bare engine",
            "authorization",
            "list ");
    for (int group = 0; group < order.size(); group++) {
      if (target.name().contains(order.get(group))) {
        return group;
      }
    }
    return order.size();
  }

  public List<Target> targets() {
    return targets;
  }

  private String runSection() {
    StringBuilder out = new StringBuilder("## Run\n\n");
    out.append("- Machine at start: ").append(results.loadAtStart()).append('\n');
    out.append("- Machine at end: ").append(results.loadAtEnd()).append('\n');
    if (results.took() != null) {
      out.append("- Run took ").append(minutes(results.took().toMillis())).append('\n');
    }
    out.append("- Java ")
        .append(System.getProperty("java.version"))
        .append(", ")
        .append(Runtime.getRuntime().maxMemory() / (1 << 20))
        .append(" MB heap; database ")
        .append(
            results.databaseVersion() == null ? options.db().label() : results.databaseVersion())
        .append('\n');
    out.append("- Options: `").append(options.summary()).append("`\n\n");
    return out.toString();
  }

  private String lifecycleSection() {
    if (results.http().isEmpty() && results.bare().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("## Lifecycles\n\n");
    out.append(
        "Each client walks its own lifecycles one after the other for its own customer;"
            + " \"ms/lifecycle\" is a lifecycle's mean duration as its client saw it, \"ms/wait state\""
            + " that divided by the user tasks of the lifecycle (sample 4, order 4); \"waiting for jobs\""
            + " is the part of a lifecycle its client waited for the job executor's async steps and"
            + " timers. HTTP: Gendan in"
            + " this JVM, clients on its HTTP stack with demo users' HTTP Basic logins. Bare engine:"
            + " Camunda alone, Java API, the client thread runs the due jobs itself.\n\n");
    Table table =
        new Table(
            "Stack",
            "Model",
            "Clients",
            "Lifecycles",
            "Failed",
            "Lifecycles/s",
            "ms/lifecycle",
            "of which waiting for jobs",
            "ms/wait state",
            "Statements/lifecycle",
            "Commits/lifecycle");
    List<LifecycleResult> all = new ArrayList<>(results.bare());
    all.addAll(results.http());
    for (LifecycleResult r : all) {
      table.row(
          r.stack(),
          r.model(),
          r.clients(),
          r.lifecycles(),
          r.failed(),
          fixed(r.lifecyclesPerSecond(), 2),
          fixed(r.meanLatencyMillis(), 0),
          r.stack().equals("HTTP") ? fixed(r.meanWaitedMillis(), 0) : "(runs them)",
          fixed(r.millisPerWaitState(), 0),
          fixed(perLifecycle(r.sql().statements(), r), 0),
          fixed(perLifecycle(r.sql().commits(), r), 1));
    }
    out.append(table.markdown()).append('\n');
    all.stream()
        .filter(r -> r.failed() > 0)
        .forEach(
            r ->
                out.append("- ")
                    .append(r.stack())
                    .append(' ')
                    .append(r.model())
                    .append(", ")
                    .append(r.clients())
                    .append(" clients: ")
                    .append(r.failed())
                    .append(" failed, first: ")
                    .append(r.firstError())
                    .append('\n'));

    Table ratios =
        new Table(
            "Process",
            "Clients",
            "Gendan ms/wait state",
            "same shape ms/wait state",
            "Gendan ÷ shape",
            "Gendan lifecycles/s",
            "same shape lifecycles/s",
            "bare lifecycles/s",
            "Gendan ÷ bare",
            "shape ÷ bare");
    for (String[] process : PROCESSES) {
      for (int clients : options.clients()) {
        Optional<LifecycleResult> gendan = find(results.http(), process[1], clients);
        Optional<LifecycleResult> shape = find(results.http(), process[2], clients);
        Optional<LifecycleResult> bare = find(results.bare(), process[2], clients);
        Double timeRatio =
            ratio(
                gendan.map(LifecycleResult::millisPerWaitState),
                shape.map(LifecycleResult::millisPerWaitState));
        Double gendanOverBare =
            ratio(
                gendan.map(LifecycleResult::lifecyclesPerSecond),
                bare.map(LifecycleResult::lifecyclesPerSecond));
        Double shapeOverBare =
            ratio(
                shape.map(LifecycleResult::lifecyclesPerSecond),
                bare.map(LifecycleResult::lifecyclesPerSecond));
        ratios.row(
            process[0],
            clients,
            value(gendan.map(LifecycleResult::millisPerWaitState), 0),
            value(shape.map(LifecycleResult::millisPerWaitState), 0),
            times(timeRatio),
            value(gendan.map(LifecycleResult::lifecyclesPerSecond), 2),
            value(shape.map(LifecycleResult::lifecyclesPerSecond), 2),
            value(bare.map(LifecycleResult::lifecyclesPerSecond), 2),
            times(gendanOverBare),
            times(shapeOverBare));
        if (timeRatio != null) {
          targets.add(
              new Target(
                  process[0]
                      + ": Gendan ÷ same shape, time per wait state, "
                      + clients
                      + (clients == 1 ? " client" : " clients")
                      + " (≤ "
                      + MAX_GENDAN_OVER_SHAPE
                      + "×)",
                  timeRatio <= MAX_GENDAN_OVER_SHAPE,
                  times(timeRatio)
                      + " ("
                      + value(gendan.map(LifecycleResult::millisPerWaitState), 0)
                      + " vs "
                      + value(shape.map(LifecycleResult::millisPerWaitState), 0)
                      + " ms)"));
        }
        if (clients == TARGET_CLIENTS) {
          if (shapeOverBare != null) {
            targets.add(
                new Target(
                    process[0]
                        + ": same shape through HTTP ÷ bare engine,"
                        + " lifecycles/s at 2 clients (≥ "
                        + MIN_HTTP_OVER_BARE
                        + "×)",
                    shapeOverBare >= MIN_HTTP_OVER_BARE,
                    times(shapeOverBare)));
          }
          if (gendanOverBare != null) {
            targets.add(
                new Target(
                    process[0]
                        + ": Gendan through HTTP ÷ bare engine,"
                        + " lifecycles/s at 2 clients (≥ "
                        + MIN_HTTP_OVER_BARE
                        + "×)",
                    gendanOverBare >= MIN_HTTP_OVER_BARE,
                    times(gendanOverBare)));
          }
        }
      }
    }
    out.append(ratios.markdown()).append('\n');
    if (!results.shapeChecks().isEmpty()) {
      out.append("Same-shape models against Gendan's:\n\n");
      results
          .shapeChecks()
          .forEach(
              (process, check) ->
                  out.append("- ").append(process).append(": ").append(check).append('\n'));
      out.append('\n');
    }
    return out.toString();
  }

  private String sqlSection() {
    if (results.http().isEmpty() && results.bare().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("## SQL per lifecycle\n\n");
    out.append(
        "Counted by a datasource-proxy DataSource around the application's (and the bare"
            + " engine's) DataSource, every thread (requests, job executor, mail, schedules), over"
            + " all measured windows of a model; a batched statement counts once per row. Commits"
            + " are `Connection.commit()` calls.\n\n");
    Table table =
        new Table(
            "Stack",
            "Model",
            "Lifecycles",
            "Statements/lifecycle",
            "Statements/wait state",
            "Round trips/lifecycle",
            "Commits/lifecycle",
            "Commits/wait state",
            "Authorization rows added/lifecycle");
    for (String stack : List.of("bare engine", "HTTP")) {
      for (String model : Lifecycles.models()) {
        Optional<Totals> totals = totals(stack, model);
        totals.ifPresent(
            t ->
                table.row(
                    stack,
                    model,
                    t.lifecycles,
                    fixed(t.per(t.sql.statements()), 0),
                    fixed(t.per(t.sql.statements()) / t.userTasks, 1),
                    fixed(t.per(t.sql.roundTrips()), 0),
                    fixed(t.per(t.sql.commits()), 1),
                    fixed(t.per(t.sql.commits()) / t.userTasks, 2),
                    fixed(t.per(t.authorizationRows), 1)));
      }
    }
    out.append(table.markdown()).append('\n');
    Table ratios =
        new Table("Process", "Gendan ÷ same shape, statements", "Gendan ÷ same shape, commits");
    for (String[] process : PROCESSES) {
      Optional<Totals> gendan = totals("HTTP", process[1]);
      Optional<Totals> shape = totals("HTTP", process[2]);
      if (gendan.isEmpty() || shape.isEmpty()) {
        continue;
      }
      double statements =
          gendan.get().per(gendan.get().sql.statements())
              / shape.get().per(shape.get().sql.statements());
      double commits =
          gendan.get().per(gendan.get().sql.commits()) / shape.get().per(shape.get().sql.commits());
      ratios.row(process[0], times(statements), times(commits));
      targets.add(
          new Target(
              process[0]
                  + ": Gendan ÷ same shape, statements per lifecycle (≤ "
                  + MAX_GENDAN_OVER_SHAPE
                  + "×)",
              statements <= MAX_GENDAN_OVER_SHAPE,
              times(statements)
                  + " ("
                  + fixed(gendan.get().per(gendan.get().sql.statements()), 0)
                  + " vs "
                  + fixed(shape.get().per(shape.get().sql.statements()), 0)
                  + ")"));
    }
    if (!ratios.isEmpty()) {
      out.append(ratios.markdown()).append('\n');
    }
    out.append(byThread()).append(byTable());
    return out.toString();
  }

  /** Who ran the statements, per lifecycle. */
  private String byThread() {
    Set<String> kinds = new java.util.TreeSet<>();
    results.http().forEach(r -> kinds.addAll(r.sql().byThread().keySet()));
    if (kinds.isEmpty()) {
      return "";
    }
    List<String> headers = new ArrayList<>(List.of("Model"));
    headers.addAll(kinds);
    Table table = new Table(headers.toArray(String[]::new));
    for (String model : Lifecycles.models()) {
      totals("HTTP", model)
          .ifPresent(
              t -> {
                List<Object> row = new ArrayList<>(List.of(model));
                kinds.forEach(
                    kind -> row.add(fixed(t.per(t.sql.byThread().getOrDefault(kind, 0L)), 0)));
                table.row(row.toArray());
              });
    }
    return "Statements per lifecycle by thread (HTTP):\n\n" + table.markdown() + '\n';
  }

  /** Where Gendan's statements go beyond the same shape's, per lifecycle. */
  private String byTable() {
    StringBuilder out = new StringBuilder();
    for (String[] process : PROCESSES) {
      Optional<Totals> gendan = totals("HTTP", process[1]);
      Optional<Totals> shape = totals("HTTP", process[2]);
      if (gendan.isEmpty() || shape.isEmpty()) {
        continue;
      }
      Set<String> kinds = new HashSet<>(gendan.get().sql.byTable().keySet());
      kinds.addAll(shape.get().sql.byTable().keySet());
      Table table =
          new Table(
              "Statement (verb, table)", "Gendan/lifecycle", "same shape/lifecycle", "difference");
      kinds.stream()
          .map(
              kind ->
                  new Object[] {
                    kind,
                    gendan.get().per(gendan.get().sql.byTable().getOrDefault(kind, 0L)),
                    shape.get().per(shape.get().sql.byTable().getOrDefault(kind, 0L))
                  })
          .sorted(Comparator.comparingDouble(row -> -Math.abs((double) row[1] - (double) row[2])))
          .limit(20)
          .forEach(
              row ->
                  table.row(
                      row[0],
                      fixed((double) row[1], 1),
                      fixed((double) row[2], 1),
                      String.format(Locale.ROOT, "%+.1f", (double) row[1] - (double) row[2])));
      out.append("The ")
          .append(process[0])
          .append(
              " lifecycle's statements by verb and table,"
                  + " the 20 largest differences (HTTP):\n\n")
          .append(table.markdown())
          .append('\n');
    }
    return out.toString();
  }

  private String scaleSection() {
    if (results.listsEmpty().isEmpty() && results.generation() == null) {
      return "";
    }
    StringBuilder out = new StringBuilder("## Scale\n\n");
    if (results.generation() != null) {
      ScaleCensus before = results.beforeGeneration();
      ScaleCensus after = results.afterGeneration();
      var generation = results.generation();
      out.append(
              "Generated in the application, through the engine (Gendan's plugins, delegates"
                  + " and listeners ran): ")
          .append(generation.started())
          .append(" instances started (")
          .append(generation.startedByKind())
          .append("), ")
          .append(generation.ended())
          .append(" of them ended by a sample withdrawal or an order cancellation, in ")
          .append(minutes(generation.took().toMillis()))
          .append(" (")
          .append(fixed(generation.started() / (generation.took().toMillis() / 1000.0), 0))
          .append(" instances/s, ")
          .append(options.batchSize())
          .append(" per transaction, ")
          .append(options.generatorThreads())
          .append(" threads)");
      if (results.jobBacklogDrained() != null) {
        out.append("; the job executor's backlog was empty ")
            .append(seconds(results.jobBacklogDrained().toMillis()))
            .append(" later");
      }
      out.append(".\n\n");
      Table census =
          new Table(
              "",
              "Running instances",
              "Finished instances",
              "Open tasks",
              "Tasks offered to warehouse",
              "ACT_RU_AUTHORIZATION rows",
              "Outbox mails");
      census.row(
          "before generation",
          before.runningInstances(),
          before.finishedInstances(),
          before.openTasks(),
          before.warehouseGroupTasks(),
          before.authorizationRows(),
          before.outboxMails());
      census.row(
          "after generation",
          after.runningInstances(),
          after.finishedInstances(),
          after.openTasks(),
          after.warehouseGroupTasks(),
          after.authorizationRows(),
          after.outboxMails());
      out.append(census.markdown()).append('\n');
      if (results.generationSql() != null) {
        SqlSnapshot sql = results.generationSql();
        double instances = generation.started();
        out.append("The generation ran ")
            .append(fixed(sql.statements() / instances, 1))
            .append(" statements and ")
            .append(fixed(sql.commits() / instances, 3))
            .append(
                " commits per instance (every thread, the job executor's included); the"
                    + " most frequent per instance: ")
            .append(
                sql.byTable().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(12)
                    .map(e -> e.getKey() + " " + fixed(e.getValue() / instances, 1))
                    .collect(Collectors.joining(", ")))
            .append(".\n\n");
      }
      double perInstance =
          (after.authorizationRows() - before.authorizationRows()) / (double) generation.started();
      out.append("Authorization rows per generated instance: ")
          .append(fixed(perInstance, 2))
          .append(" (")
          .append(after.authorizationRows() - before.authorizationRows())
          .append(" rows for ")
          .append(generation.started())
          .append(" instances), by the" + " resource they grant on:\n\n");
      Table byResource =
          new Table("Resource", "Rows before", "Rows after", "Added per generated instance");
      java.util.Set<String> resources =
          new java.util.TreeSet<>(after.authorizationsByResource().keySet());
      resources.addAll(before.authorizationsByResource().keySet());
      for (String resource : resources) {
        long rowsBefore = before.authorizationsByResource().getOrDefault(resource, 0L);
        long rowsAfter = after.authorizationsByResource().getOrDefault(resource, 0L);
        if (rowsAfter != rowsBefore) {
          byResource.row(
              resource,
              rowsBefore,
              rowsAfter,
              fixed((rowsAfter - rowsBefore) / (double) generation.started(), 2));
        }
      }
      out.append(byResource.markdown()).append('\n');
      targets.add(
          new Target(
              "authorization rows per instance (= 0)",
              perInstance == 0,
              fixed(perInstance, 2)
                  + " ("
                  + before.authorizationRows()
                  + " → "
                  + after.authorizationRows()
                  + " rows)"));
    }
    if (!results.listsEmpty().isEmpty()) {
      out.append(listTable());
    }
    if (!results.plans().isEmpty()) {
      out.append(
          "The slowest statement of each list at scale is in `plans.md` with its plan ("
              + "EXPLAIN ANALYZE, run again with the same parameters).\n\n");
    }
    return out.toString();
  }

  private String listTable() {
    StringBuilder out = new StringBuilder();
    out.append(
            "Each list is requested once (its statements recorded), then all of them up to"
                + " 49 rounds more (at most 5 s a list) to warm the stack up; then each list: ")
        .append(options.listWarmUp())
        .append(" more requests to warm up, then ")
        .append(options.requests())
        .append(
            " timed one after the other (ms, client side), each"
                + " followed by a control request (`GET /engine-rest/version`, its timings pooled over"
                + " the phase). \"Normalised\" divides the list's p95 ratio scaled ÷ empty by the"
                + " control's p95 ratio. Statements: those of one request. A list whose first request"
                + " took over 10 s is not repeated (n = 1); measuring a list stops after 60 s.\n\n");
    Table table =
        new Table(
            "List",
            "Statements",
            "Empty p50",
            "Empty p95",
            "Scaled p50",
            "Scaled p95",
            "Scaled n",
            "Scaled ÷ empty (p95)",
            "Normalised",
            "Slowest statement at scale (ms)",
            "Verdict");
    double control = controlRatio();
    List<ListTiming> empty = new ArrayList<>();
    if (results.controlEmpty() != null) {
      empty.add(results.controlEmpty());
    }
    empty.addAll(results.listsEmpty());
    for (ListTiming before : empty) {
      ListTiming after = scaled(before.request().name());
      if (after == null) {
        table.row(
            before.request().name(),
            before.statements().size(),
            fixed(before.p50Millis(), 1),
            fixed(before.p95Millis(), 1),
            "",
            "",
            "",
            "",
            "",
            "",
            "");
        continue;
      }
      double ratio = after.p95Millis() / before.p95Millis();
      double normalised = ratio / control;
      boolean isControl = before == results.controlEmpty();
      boolean pass = normalised <= MAX_SCALED_OVER_EMPTY && after.p95Millis() < MAX_LIST_P95_MILLIS;
      table.row(
          before.request().name(),
          after.statements().size(),
          fixed(before.p50Millis(), 1),
          fixed(before.p95Millis(), 1),
          fixed(after.p50Millis(), 1),
          fixed(after.p95Millis(), 1),
          after.samples(),
          times(ratio),
          isControl ? "(control)" : times(normalised),
          after.slowest() == null ? "" : after.slowest().elapsedMillis(),
          isControl ? "" : pass ? "PASS" : "FAIL");
      if (!isControl) {
        targets.add(
            new Target(
                "list "
                    + before.request().name()
                    + ": p95 at scale ≤ "
                    + MAX_SCALED_OVER_EMPTY
                    + "× empty (normalised) and < "
                    + (int) MAX_LIST_P95_MILLIS
                    + " ms",
                pass,
                fixed(after.p95Millis(), 1)
                    + " ms, "
                    + times(normalised)
                    + " normalised ("
                    + times(ratio)
                    + " raw)"));
      }
      if (before.error() != null || after.error() != null) {
        out.append("- ")
            .append(before.request().name())
            .append(": ")
            .append(before.error() != null ? before.error() : after.error())
            .append('\n');
      }
    }
    return table.markdown() + '\n' + out;
  }

  private double controlRatio() {
    if (results.controlEmpty() == null || results.controlScaled() == null) {
      return 1;
    }
    return results.controlScaled().p95Millis() / results.controlEmpty().p95Millis();
  }

  private ListTiming scaled(String name) {
    if (results.controlScaled() != null && results.controlScaled().request().name().equals(name)) {
      return results.controlScaled();
    }
    return results.listsScaled().stream()
        .filter(t -> t.request().name().equals(name))
        .findFirst()
        .orElse(null);
  }

  private String startupSection() {
    if (results.startups().isEmpty()) {
      return "";
    }
    Table table =
        new Table("Database", "Run", "Seconds to health UP", "Spring Boot's log: started in", "");
    for (StartupRun run : results.startups()) {
      table.row(
          run.database() == null ? "" : run.database().label(),
          run.run(),
          run.toUp() == null ? "" : fixed(run.toUp().toMillis() / 1000.0, 1),
          run.reported() == null ? "" : run.reported(),
          run.error() == null ? "" : run.error());
    }
    return "## Startup\n\nA JVM of its own (the application's runtime classpath, default JVM"
        + " settings), an empty database each time, from launch to `/actuator/health` answering"
        + " `{\"status\":\"UP\"}` (polled every 100 ms). PostgreSQL: profile `postgres` with the"
        + " demo data on.\n\n"
        + table.markdown()
        + '\n';
  }

  private String notes() {
    return "## Notes\n\n"
        + "- Mail goes to a port nothing listens on: every mail waits in the outbox and is"
        + " retried (statements on `mail_outbox` above are that cost; with a working mail server"
        + " a mail is claimed and marked sent instead, about as many statements).\n"
        + "- `sampleTracking`'s follow-up task opens on delivery (its reminder, 3 days later,"
        + " never fires within a run), as does the same-shape model's; the job executor is on"
        + " (its latency is part of each lifecycle).\n"
        + "- A client waits for its next task without HTTP and uncounted: a commit that creates a"
        + " task or ends an instance signals it (bench instrumentation, in memory, on every"
        + " process alike); only then does the user look the task up and submit its form.\n"
        + "- The same-shape order lifecycle sends its goods-ready message as `admin` through"
        + " `POST /engine-rest/message` (users may not send messages there); Gendan's order"
        + " lifecycle calls `POST /api/orders/{id}/goods-ready` as production.\n"
        + "- Order of the run: start-up; the application (price agreements through quotes, the"
        + " lifecycle warm-up — which also warms the stack before anything is timed — the lists"
        + " on the empty database, the lifecycle measurements, the generation, the lists at"
        + " scale); then the bare engine, in the same JVM, so its code is as warm as it was in the"
        + " application.\n"
        + "- Before the lists are timed at scale the database's statistics are brought up to date"
        + " (`ANALYZE`), as autovacuum would after a load. The outbox keeps retrying the mails"
        + " that are waiting (up to 200 every 15 s) while the lists are timed.\n"
        + "- Logs: `app.log` (the application and the bare engine), `startup-*.log`.\n";
  }

  private Optional<Totals> totals(String stack, String model) {
    List<LifecycleResult> runs =
        (stack.equals("HTTP") ? results.http() : results.bare())
            .stream().filter(r -> r.model().equals(model)).toList();
    if (runs.isEmpty() || runs.stream().mapToInt(LifecycleResult::lifecycles).sum() == 0) {
      return Optional.empty();
    }
    SqlSnapshot sql =
        runs.stream().map(LifecycleResult::sql).reduce(SqlSnapshot.NONE, SqlSnapshot::plus);
    return Optional.of(
        new Totals(
            runs.stream().mapToInt(LifecycleResult::lifecycles).sum(),
            runs.get(0).userTasks(),
            sql,
            runs.stream().mapToLong(LifecycleResult::authorizationRowsAdded).sum()));
  }

  /** A model's measured windows together. */
  private record Totals(int lifecycles, int userTasks, SqlSnapshot sql, long authorizationRows) {

    double per(long count) {
      return count / (double) lifecycles;
    }
  }

  private static Optional<LifecycleResult> find(
      List<LifecycleResult> results, String model, int clients) {
    return results.stream()
        .filter(r -> r.model().equals(model) && r.clients() == clients)
        .findFirst();
  }

  private static double perLifecycle(long count, LifecycleResult result) {
    return count / (double) Math.max(1, result.lifecycles());
  }

  private static Double ratio(Optional<Double> a, Optional<Double> b) {
    return a.isPresent() && b.isPresent() && b.get() > 0 ? a.get() / b.get() : null;
  }

  private static String value(Optional<Double> value, int decimals) {
    return value.map(v -> fixed(v, decimals)).orElse("");
  }

  static String times(Double ratio) {
    return ratio == null ? "" : String.format(Locale.ROOT, "%.2f×", ratio);
  }

  static String fixed(double value, int decimals) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  static String minutes(long millis) {
    return String.format(Locale.ROOT, "%d min %02d s", millis / 60_000, millis / 1000 % 60);
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /** The plans file: each list's slowest statement at scale, its parameters and its plan. */
  public static String plansMarkdown(BenchResults results) {
    StringBuilder out = new StringBuilder("# Query plans at scale\n\n");
    results
        .listsScaled()
        .forEach(
            timing -> {
              if (timing.slowest() == null) {
                return;
              }
              out.append("## ")
                  .append(timing.request().name())
                  .append("\n\n")
                  .append(timing.request().method())
                  .append(' ')
                  .append(timing.request().path())
                  .append(" — p95 ")
                  .append(fixed(timing.p95Millis(), 1))
                  .append(" ms, ")
                  .append(timing.statements().size())
                  .append(" statements; the slowest took ")
                  .append(timing.slowest().elapsedMillis())
                  .append(" ms:\n\n```sql\n")
                  .append(timing.slowest().sql().strip())
                  .append("\n```\n\nParameters: ")
                  .append(timing.slowest().parametersText())
                  .append("\n\n```\n")
                  .append(
                      String.join(
                          "\n",
                          results
                              .plans()
                              .getOrDefault(timing.request().name(), List.of("(not explained)"))))
                  .append("\n```\n\n");
              out.append("All statements of the request (ms):\n\n");
              for (RecordedStatement s : timing.statements()) {
                String sql = s.sql().strip().replaceAll("\\s+", " ");
                out.append("- ")
                    .append(s.elapsedMillis())
                    .append(" ms: `")
                    .append(sql, 0, Math.min(160, sql.length()))
                    .append("…`\n");
              }
              out.append('\n');
            });
    return out.toString();
  }
}
