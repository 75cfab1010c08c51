package com.gendan.bench.startup;

import com.gendan.bench.BenchDatabase;
import com.gendan.bench.app.GendanInProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Time from launching Gendan (a JVM of its own: the application's runtime classpath, main class
 * com.gendan.GendanApplication, default JVM settings) to its health check answering UP, on an empty
 * database. On PostgreSQL it runs as in production (profile {@code postgres}) but with the demo
 * data on, so both databases start with the same users, customers and products.
 */
public final class StartupTimer {

  /** The admin password the postgres profile requires (Camunda's password policy). */
  static final String ADMIN_PASSWORD = "Bench#Startup-2026";

  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final java.util.regex.Pattern STARTED =
      java.util.regex.Pattern.compile("Started GendanApplication in (.*)$");

  private final String classpath;
  private final Path logDirectory;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  /**
   * @param appClasses the application's compiled classes and resources
   * @param classpathFile its runtime dependencies (maven-dependency-plugin:build-classpath)
   */
  public StartupTimer(Path appClasses, Path classpathFile, Path logDirectory) throws IOException {
    this.classpath =
        appClasses.toAbsolutePath()
            + java.io.File.pathSeparator
            + Files.readString(classpathFile).strip();
    this.logDirectory = logDirectory;
  }

  /**
   * One measured start.
   *
   * @param reported what Spring Boot itself logged ("Started GendanApplication in …"), or null
   */
  public record StartupRun(
      BenchDatabase.Kind database, int run, Duration toUp, String reported, String error) {}

  public StartupRun time(BenchDatabase database, String name, int run) {
    database.recreate(name);
    int port = GendanInProcess.deadPort();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                javaExecutable(),
                "-cp",
                classpath,
                "com.gendan.GendanApplication",
                "--gendan.demo-data.enabled=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + GendanInProcess.deadPort()));
    Map<String, String> env = builder.environment();
    env.put("PORT", String.valueOf(port));
    env.put("GENDAN_DB_URL", database.url(name));
    env.put("GENDAN_DB_USER", database.user());
    env.put("GENDAN_DB_PASSWORD", database.password());
    if (database.kind() == BenchDatabase.Kind.POSTGRES) {
      env.put("SPRING_PROFILES_ACTIVE", "postgres");
      env.put("GENDAN_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }
    Path log =
        logDirectory.resolve(
            "startup-" + database.kind().name().toLowerCase() + "-" + run + ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = null;
    long began = System.nanoTime();
    try {
      process = builder.start();
      while (true) {
        if (isUp(port)) {
          return new StartupRun(
              database.kind(),
              run,
              Duration.ofNanos(System.nanoTime() - began),
              reported(log),
              null);
        }
        if (!process.isAlive()) {
          return new StartupRun(
              database.kind(),
              run,
              null,
              null,
              "exited with " + process.exitValue() + ", see " + log);
        }
        if (System.nanoTime() - began > TIMEOUT.toNanos()) {
          return new StartupRun(database.kind(), run, null, null, "not UP after " + TIMEOUT);
        }
        Thread.sleep(POLL.toMillis());
      }
    } catch (IOException e) {
      return new StartupRun(database.kind(), run, null, null, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new StartupRun(database.kind(), run, null, null, "interrupted");
    } finally {
      stop(process);
    }
  }

  /** Spring Boot's own account of the start, from the log. */
  private static String reported(Path log) {
    try {
      return Files.readAllLines(log).stream()
          .map(line -> STARTED.matcher(line))
          .filter(java.util.regex.Matcher::find)
          .map(m -> m.group(1))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private boolean isUp(int port) throws InterruptedException {
    try {
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200
          && health.body().replace(" ", "").contains("\"status\":\"UP\"");
    } catch (IOException e) {
      return false;
    }
  }

  private static void stop(Process process) {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
