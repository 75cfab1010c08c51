package com.gendan.bench;

import com.gendan.bench.app.EngineProbe;
import com.gendan.bench.app.GendanInProcess;
import com.gendan.bench.bare.BareEngine;
import com.gendan.bench.lifecycle.LifecycleBenchmark;
import com.gendan.bench.lifecycle.LifecycleResult;
import com.gendan.bench.lifecycle.ShapeCheck;
import com.gendan.bench.report.BenchReport;
import com.gendan.bench.scale.ListRequest;
import com.gendan.bench.scale.ListRequests;
import com.gendan.bench.scale.ListTimer;
import com.gendan.bench.scale.ListTiming;
import com.gendan.bench.scale.PlanExplainer;
import com.gendan.bench.scale.ScaleCensus;
import com.gendan.bench.scale.ScaleGenerator;
import com.gendan.bench.sql.SqlCounter;
import com.gendan.bench.sql.SqlSnapshot;
import com.gendan.bench.startup.StartupTimer;
import com.gendan.bench.walk.HttpDriver;
import com.gendan.bench.walk.JavaApiDriver;
import com.gendan.bench.walk.Lifecycles;
import com.gendan.bench.walk.Team;
import com.gendan.bench.walk.Teams;
import com.gendan.bench.walk.UserHttp;
import com.gendan.identity.DemoUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The performance benchmark ({@code ./mvnw -Pbench verify -Dbench.db=postgres|h2}): start-up, the
 * bare engine, the lifecycles through Gendan's HTTP stack, and the lists at scale; prints the
 * report and writes it to target/bench/report.md. A missed target is reported, never an error; the
 * exit status is 1 only if a phase could not be run.
 */
public final class BenchMain {

  private static final Duration JOB_BACKLOG_PATIENCE = Duration.ofMinutes(15);

  private final BenchOptions options;
  private final BenchDatabase database;
  private final BenchResults results = new BenchResults();

  BenchMain(BenchOptions options) {
    this.options = options;
    this.database = new BenchDatabase(options.db(), options.directory().resolve("h2"));
  }

  public static void main(String[] args) throws IOException {
    System.exit(new BenchMain(BenchOptions.fromSystemProperties()).run());
  }

  int run() throws IOException {
    long began = System.nanoTime();
    Files.createDirectories(options.directory());
    results.loadAtStart = MachineLoad.now();
    say("Gendan benchmark on " + options.db().label() + ", " + results.loadAtStart);
    say("options: " + options.summary());
    if (options.runs("startup")) {
      phase("startup", this::startup);
    }
    if (options.runs("lifecycles") || options.runs("scale")) {
      phase("application", this::application);
    }
    if (options.runs("bare")) {
      // after the application: the engine's code is then as warm (JIT) as it was there
      phase("bare engine", this::bareEngine);
    }
    results.loadAtEnd = MachineLoad.now();
    results.took = Duration.ofNanos(System.nanoTime() - began);
    String report = new BenchReport(options, results).markdown();
    Path reportFile = options.directory().resolve("report.md");
    Files.writeString(reportFile, report);
    if (!results.listsScaled().isEmpty()) {
      Files.writeString(
          options.directory().resolve("plans.md"), BenchReport.plansMarkdown(results));
    }
    System.out.println();
    System.out.println(report);
    say("report written to " + reportFile.toAbsolutePath());
    return results.errors().isEmpty() ? 0 : 1;
  }

  private void startup() throws IOException {
    StartupTimer timer =
        new StartupTimer(options.appClasses(), options.appClasspathFile(), options.directory());
    for (BenchDatabase.Kind kind : options.startupDatabases()) {
      BenchDatabase target = new BenchDatabase(kind, database.h2Directory());
      for (int run = 1; run <= options.startupRuns(); run++) {
        say("start-up on " + kind.label() + ", run " + run);
        StartupTimer.StartupRun measured = timer.time(target, options.startupDatabase(), run);
        say(
            measured.toUp() != null
                ? "  UP after " + measured.toUp().toMillis() + " ms"
                : "  failed: " + measured.error());
        results.startups.add(measured);
      }
    }
  }

  private void bareEngine() {
    say("bare engine on " + options.db().label() + " (" + options.bareDatabase() + ")");
    database.recreate(options.bareDatabase());
    SqlCounter counter = new SqlCounter();
    try (BareEngine bare = BareEngine.start(database, options.bareDatabase(), counter)) {
      JavaApiDriver driver = new JavaApiDriver(bare.engine());
      List<String> assistants = List.of(DemoUser.ASSISTANT_LIU, DemoUser.ASSISTANT_CHEN);
      LifecycleBenchmark benchmark =
          new LifecycleBenchmark(
              "bare engine",
              client -> driver,
              client -> new Team(0, "-", assistants.get(client % 2), null, false),
              counter,
              () -> 0);
      List<String> models = List.of(Lifecycles.SAMPLE_SHAPE, Lifecycles.ORDER_SHAPE);
      warmUp(benchmark, models);
      results.bare.addAll(measure(benchmark, models));
    }
  }

  private void application() {
    say("starting Gendan on " + options.db().label() + " (" + options.database() + ")");
    database.recreate(options.database());
    SqlCounter counter = new SqlCounter();
    try (GendanInProcess app = GendanInProcess.start(database, options.database(), counter)) {
      results.databaseVersion = database.serverVersion(options.database());
      say("Gendan is up on port " + app.port());
      UserHttp http = new UserHttp(app.port());
      EngineProbe probe = app.bean(EngineProbe.class);
      int clients = options.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
      List<Team> lifecycleTeams = Teams.forClients(http, clients);
      if (options.runs("lifecycles")) {
        for (Team team : lifecycleTeams) {
          say(
              "agreeing the order price for "
                  + team.customerCode()
                  + " (a quote, signed and"
                  + " accepted)");
          new HttpDriver(http, probe).walk(Lifecycles.priceAgreement(team));
        }
      }
      ListTimer lists =
          new ListTimer(app.port(), options.listWarmUp(), options.requests(), counter);
      List<ListRequest> listRequests = ListRequests.all(http, lifecycleTeams.get(0).customerId());
      LifecycleBenchmark lifecycles = lifecycleBenchmark(app, counter, probe, lifecycleTeams);
      if (options.runs("lifecycles")) {
        // warms the whole stack (JIT, pools, caches) before anything is timed
        warmUp(lifecycles, Lifecycles.models());
      }
      if (options.runs("scale")) {
        say("timing the lists on the empty database");
        ListTimer.Phase empty = lists.time(listRequests, ListRequests.control(), this::say);
        results.controlEmpty = empty.control();
        results.listsEmpty.addAll(empty.lists());
      }
      if (options.runs("lifecycles")) {
        results.shapeChecks.put(
            "sample",
            ShapeCheck.compare(
                "processes/sample-tracking.bpmn", "processes/bench-sample-shape.bpmn"));
        results.shapeChecks.put(
            "order",
            ShapeCheck.compare("processes/sales-order.bpmn", "processes/bench-order-shape.bpmn"));
        results.http.addAll(measure(lifecycles, Lifecycles.models()));
      }
      if (options.runs("scale")) {
        scale(app, counter, probe, Teams.all(http));
        say("timing the lists at scale");
        ListTimer.Phase scaled = lists.time(listRequests, ListRequests.control(), this::say);
        results.controlScaled = scaled.control();
        results.listsScaled.addAll(scaled.lists());
        explainSlowest();
      }
    }
  }

  /** The lifecycles through HTTP: one client (and connection pool) per customer team. */
  private static LifecycleBenchmark lifecycleBenchmark(
      GendanInProcess app, SqlCounter counter, EngineProbe probe, List<Team> teams) {
    List<HttpDriver> drivers = new ArrayList<>();
    for (int i = 0; i < teams.size(); i++) {
      drivers.add(new HttpDriver(new UserHttp(app.port()), probe));
    }
    return new LifecycleBenchmark(
        "HTTP", drivers::get, teams::get, counter, app::authorizationRows);
  }

  private void warmUp(LifecycleBenchmark benchmark, List<String> models) {
    for (String model : models) {
      say("warming up: " + options.warmUp() + " × " + model);
      benchmark.warmUp(model, options.warmUp());
    }
  }

  /** Measures each client count, the models taking turns. */
  private List<LifecycleResult> measure(LifecycleBenchmark benchmark, List<String> models) {
    List<LifecycleResult> measured = new ArrayList<>();
    for (int clients : options.clients()) {
      for (String model : models) {
        LifecycleResult result = benchmark.run(model, clients, options.lifecycles());
        say(
            String.format(
                "%s, %s, %d clients: %d lifecycles (%d failed), %.2f/s, %.0f ms each,"
                    + " %.0f statements each",
                result.stack(),
                model,
                clients,
                result.lifecycles(),
                result.failed(),
                result.lifecyclesPerSecond(),
                result.meanLatencyMillis(),
                result.sql().statements() / (double) Math.max(1, result.lifecycles())));
        measured.add(result);
      }
    }
    return measured;
  }

  private void scale(GendanInProcess app, SqlCounter counter, EngineProbe probe, List<Team> teams) {
    results.beforeGeneration = ScaleCensus.of(app);
    SqlSnapshot before = counter.snapshot();
    say(
        "generating "
            + options.running()
            + " running and "
            + options.finished()
            + " finished instances ("
            + results.beforeGeneration.authorizationRows()
            + " authorization rows before)");
    results.generation =
        app.bean(ScaleGenerator.class)
            .generate(
                teams,
                new ScaleGenerator.Plan(
                    options.running(),
                    options.finished(),
                    options.batchSize(),
                    options.generatorThreads()),
                this::say);
    say("generation took " + results.generation.took().toSeconds() + " s");
    long waiting = System.nanoTime();
    while (probe.dueJobs() > 0 && System.nanoTime() - waiting < JOB_BACKLOG_PATIENCE.toNanos()) {
      sleep(Duration.ofSeconds(1));
    }
    results.jobBacklogDrained = Duration.ofNanos(System.nanoTime() - waiting);
    results.generationSql = counter.snapshot().minus(before);
    results.afterGeneration = ScaleCensus.of(app);
    say("after generation: " + results.afterGeneration);
    app.execute("ANALYZE");
  }

  private void explainSlowest() {
    PlanExplainer explainer = new PlanExplainer(database, options.database());
    for (ListTiming timing : results.listsScaled()) {
      if (timing.slowest() != null) {
        results.plans.put(timing.request().name(), explainer.explain(timing.slowest()));
      }
    }
  }

  private void phase(String name, Phase phase) {
    try {
      phase.run();
    } catch (Exception | AssertionError e) {
      results.errors.add(name + ": " + e);
      say(name + " failed: " + e);
      e.printStackTrace();
    }
  }

  /** A part of the run; one that fails is reported and the others still run. */
  private interface Phase {
    void run() throws Exception;
  }

  private void say(String line) {
    System.out.println(
        "[bench " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + line);
    System.out.flush();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
