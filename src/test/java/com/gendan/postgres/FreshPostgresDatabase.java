package com.gendan.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * New, empty databases on the real PostgreSQL server for the integration tests, one per test class,
 * each created once per run. Server, user and password come from
 * GENDAN_IT_PG_HOST/PORT/USER/PASSWORD (default 127.0.0.1:5432, postgres, trust auth). An
 * unreachable server fails the test with instructions; it never skips.
 */
public final class FreshPostgresDatabase {

  public static final String HOST = env("GENDAN_IT_PG_HOST", "127.0.0.1");
  public static final int PORT = Integer.parseInt(env("GENDAN_IT_PG_PORT", "5432"));
  public static final String USER = env("GENDAN_IT_PG_USER", "postgres");
  public static final String PASSWORD = env("GENDAN_IT_PG_PASSWORD", "");

  private static final Map<String, String> URLS = new ConcurrentHashMap<>();

  private FreshPostgresDatabase() {}

  /** The JDBC URL of database {@code name}, dropped and created anew on first use in a run. */
  public static String url(String name) {
    return URLS.computeIfAbsent(
        name,
        n -> {
          recreate(n);
          return jdbcUrl(n);
        });
  }

  /** Points a test's application context at database {@code name}. */
  public static void register(DynamicPropertyRegistry registry, String name) {
    register(registry, () -> url(name));
  }

  /**
   * Points a test's application context at database {@code name} through a proxy on
   * 127.0.0.1:{@code proxyPort} that forwards to the server ({@link CuttableTcpProxy}).
   */
  public static void registerThrough(DynamicPropertyRegistry registry, String name, int proxyPort) {
    register(
        registry,
        () -> {
          url(name);
          return jdbcUrl("127.0.0.1", proxyPort, name);
        });
  }

  private static void register(DynamicPropertyRegistry registry, Supplier<Object> url) {
    registry.add("spring.datasource.url", url);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> PASSWORD);
  }

  private static void recreate(String name) {
    try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at "
              + HOST
              + ":"
              + PORT
              + " is required for"
              + " the integration tests and could not be used ("
              + e.getMessage()
              + "). Start it"
              + " with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
          e);
    }
  }

  private static String jdbcUrl(String database) {
    return jdbcUrl(HOST, PORT, database);
  }

  private static String jdbcUrl(String host, int port, String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
