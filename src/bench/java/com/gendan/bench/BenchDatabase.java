package com.gendan.bench;

import com.gendan.postgres.FreshPostgresDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the bench's databases live: H2 files under target/bench/h2, or the PostgreSQL server the
 * integration tests use (GENDAN_IT_PG_HOST/PORT/USER/PASSWORD, default 127.0.0.1:5432 as postgres).
 * Every database is created empty when a measurement needs it.
 */
public record BenchDatabase(Kind kind, Path h2Directory) {

  public enum Kind {
    H2,
    POSTGRES;

    public static Kind of(String name) {
      return switch (name.trim().toLowerCase(Locale.ROOT)) {
        case "h2" -> H2;
        case "postgres", "postgresql", "pg" -> POSTGRES;
        default -> throw new IllegalArgumentException("bench.db is h2 or postgres, not " + name);
      };
    }

    public String label() {
      return this == H2 ? "H2" : "PostgreSQL";
    }
  }

  public String url(String name) {
    return kind == Kind.H2
        ? "jdbc:h2:file:" + h2Directory.resolve(name).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"
        : "jdbc:postgresql://"
            + FreshPostgresDatabase.HOST
            + ":"
            + FreshPostgresDatabase.PORT
            + "/"
            + name;
  }

  public String user() {
    return kind == Kind.H2 ? "sa" : FreshPostgresDatabase.USER;
  }

  public String password() {
    return kind == Kind.H2 ? "" : FreshPostgresDatabase.PASSWORD;
  }

  /** Drops the database if it exists and creates it empty. */
  public void recreate(String name) {
    if (kind == Kind.H2) {
      deleteH2Files(name);
      return;
    }
    try (Connection admin = connect("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot recreate PostgreSQL database "
              + name
              + " at "
              + url(name)
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** A plain connection, outside the application's pool and the bench's counting. */
  public Connection connect(String name) throws SQLException {
    return DriverManager.getConnection(url(name), user(), password());
  }

  /** The server's version, for the report. */
  public String serverVersion(String name) {
    try (Connection connection = connect(name)) {
      return connection.getMetaData().getDatabaseProductName()
          + " "
          + connection.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private void deleteH2Files(String name) {
    try {
      Files.createDirectories(h2Directory);
      try (Stream<Path> files = Files.list(h2Directory)) {
        for (Path file :
            files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot delete H2 database " + name, e);
    }
  }
}
