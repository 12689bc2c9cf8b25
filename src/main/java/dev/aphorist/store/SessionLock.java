package dev.aphorist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * A PostgreSQL session-level advisory lock on a connection of its own, held while the process runs,
 * so that the others can see in {@code pg_locks} that it is alive. A killed process's connection
 * closes with it and PostgreSQL drops the lock at once, while its last heartbeat stays recent for
 * seconds.
 */
final class SessionLock implements AutoCloseable {

  /** The first key of Aphorist's advisory locks ("APH1"); the second is the process's own. */
  static final int NAMESPACE = 0x41504831;

  /**
   * The condition on {@code pg_locks} for a lock of ours whose second key is {@code keyExpression};
   * the first key, {@link #NAMESPACE}, is a parameter. A two-key advisory lock shows its keys as
   * classid and objid, with objsubid 2; keys are per database.
   */
  static String heldCondition(String keyExpression) {
    return "locktype = 'advisory' AND granted AND objsubid = 2 AND classid = CAST(? AS oid)"
        + " AND objid = CAST("
        + keyExpression
        + " AS oid)"
        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
  }

  private final Connection connection;
  private final int key;

  private SessionLock(Connection connection, int key) {
    this.connection = connection;
    this.key = key;
  }

  /**
   * Takes a lock under a fresh random key on a connection of its own; empty where the lock cannot
   * be seen held by its own session afterwards (a pooler in transaction mode between us and
   * PostgreSQL hands each statement to another server session).
   */
  static Optional<SessionLock> acquire(DataSource dataSource) throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(true);
      for (int attempt = 0; attempt < 8; attempt++) {
        int key = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        if (tryLock(connection, key)) {
          SessionLock lock = new SessionLock(connection, key);
          if (lock.held()) {
            return Optional.of(lock);
          }
          lock.close();
          return Optional.empty();
        }
        // Another process holds this key: draw another.
      }
      connection.close();
      return Optional.empty();
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private static boolean tryLock(Connection connection, int key) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
      lock.setInt(1, NAMESPACE);
      lock.setInt(2, key);
      try (ResultSet rows = lock.executeQuery()) {
        rows.next();
        return rows.getBoolean(1);
      }
    }
  }

  int key() {
    return key;
  }

  /** Whether this session still holds the lock; false if the connection broke. */
  boolean held() {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM pg_locks WHERE pid = pg_backend_pid() AND "
                + heldCondition("?"))) {
      query.setInt(1, NAMESPACE);
      query.setInt(2, key);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getInt(1) > 0;
      }
    } catch (SQLException e) {
      return false;
    }
  }

  /** Releases the lock (the connection goes back to a pool, its session lives on) and closes. */
  @Override
  public void close() {
    try (Statement unlock = connection.createStatement()) {
      unlock.execute("SELECT pg_advisory_unlock_all()");
    } catch (SQLException e) {
      // A broken connection: its session, and the lock with it, is gone already.
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // Nothing more to release.
    }
  }
}
