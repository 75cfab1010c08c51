package com.gendan.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A new, empty database on the real PostgreSQL server for one integration test run. Server, user
 * and password come from GENDAN_IT_PG_HOST/PORT/USER/PASSWORD (default 127.0.0.1:5432, postgres,
 * trust auth). An unreachable server fails the test with instructions; it never skips.
 */
final class FreshPostgresDatabase {

  static final String NAME = "gendan_it";

  private static final String HOST = env("GENDAN_IT_PG_HOST", "127.0.0.1");
  private static final String PORT = env("GENDAN_IT_PG_PORT", "5432");
  static final String USER = env("GENDAN_IT_PG_USER", "postgres");
  static final String PASSWORD = env("GENDAN_IT_PG_PASSWORD", "");

  private static String url;

  private FreshPostgresDatabase() {
  }

  static synchronized String url() {
    if (url == null) {
      recreate();
      url = jdbcUrl(NAME);
    }
    return url;
  }

  private static void recreate() {
    try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + NAME + " ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " is required for"
          + " the integration tests and could not be used (" + e.getMessage() + "). Start it"
          + " with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
    }
  }

  private static String jdbcUrl(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
