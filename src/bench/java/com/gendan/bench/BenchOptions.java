package com.gendan.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bench's settings, from system properties ({@code -Dbench.*}, which the Maven profile passes
 * on); a blank value means the default.
 *
 * @param running instances left running by the scale generator (default 10,000 on PostgreSQL, 2,000
 *     on H2)
 * @param finished instances generated and ended (default 50,000 on PostgreSQL, 10,000 on H2)
 * @param batchSize instances started or ended per transaction when generating
 * @param generatorThreads batches generated at the same time
 * @param lifecycles lifecycles each client walks per measurement
 * @param warmUp lifecycles walked per model before measuring
 * @param clients the numbers of concurrent clients measured
 * @param requests measured requests per list (after {@code listWarmUp})
 * @param phases what to run: startup, bare, lifecycles, scale
 * @param startupRuns measured starts per database
 * @param startupDatabases the databases start-up is measured on (both by default)
 * @param database the name of the application's database (kept after the run)
 */
public record BenchOptions(
    BenchDatabase.Kind db,
    int running,
    int finished,
    int batchSize,
    int generatorThreads,
    int lifecycles,
    int warmUp,
    List<Integer> clients,
    int requests,
    int listWarmUp,
    Set<String> phases,
    int startupRuns,
    List<BenchDatabase.Kind> startupDatabases,
    String database,
    Path directory,
    Path appClasses,
    Path appClasspathFile) {

  public static final List<String> ALL_PHASES = List.of("startup", "bare", "lifecycles", "scale");

  public static BenchOptions fromSystemProperties() {
    BenchDatabase.Kind db = BenchDatabase.Kind.of(text("bench.db", "h2"));
    boolean postgres = db == BenchDatabase.Kind.POSTGRES;
    Path directory = Path.of(text("bench.dir", "target/bench"));
    return new BenchOptions(
        db,
        number("bench.running", postgres ? 10_000 : 2_000),
        number("bench.finished", postgres ? 50_000 : 10_000),
        number("bench.batch", 50),
        number("bench.generator-threads", 3),
        number("bench.lifecycles", 20),
        number("bench.warmup", 10),
        Arrays.stream(text("bench.clients", "1,2,4").split(","))
            .map(String::trim)
            .map(Integer::valueOf)
            .toList(),
        number("bench.requests", 40),
        number("bench.list-warmup", 10),
        new LinkedHashSet<>(
            Arrays.stream(text("bench.phases", String.join(",", ALL_PHASES)).split(","))
                .map(String::trim)
                .toList()),
        number("bench.startup.runs", 2),
        Arrays.stream(text("bench.startup.dbs", "h2,postgres").split(","))
            .map(BenchDatabase.Kind::of)
            .toList(),
        text("bench.database", "gendan_bench"),
        directory,
        Path.of(text("bench.app.classes", "target/classes")),
        Path.of(
            text("bench.app.classpath-file", directory.resolve("app-classpath.txt").toString())));
  }

  public boolean runs(String phase) {
    return phases.contains(phase);
  }

  /** The bare engine's own database. */
  public String bareDatabase() {
    return database + "_bare";
  }

  /** The database each start-up measurement recreates. */
  public String startupDatabase() {
    return database + "_startup";
  }

  /** The options as they were used, for the report. */
  public String summary() {
    return "bench.db="
        + db.name().toLowerCase()
        + " bench.running="
        + running
        + " bench.finished="
        + finished
        + " bench.batch="
        + batchSize
        + " bench.generator-threads="
        + generatorThreads
        + " bench.lifecycles="
        + lifecycles
        + " bench.warmup="
        + warmUp
        + " bench.clients="
        + clients.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("")
        + " bench.requests="
        + requests
        + " bench.list-warmup="
        + listWarmUp
        + " bench.phases="
        + String.join(",", phases)
        + " bench.startup.runs="
        + startupRuns
        + " bench.database="
        + database;
  }

  private static String text(String property, String fallback) {
    String value = System.getProperty(property);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static int number(String property, int fallback) {
    return Integer.parseInt(text(property, String.valueOf(fallback)));
  }
}
