package dev.aphorist.store;

import static dev.aphorist.store.Jdbc.getInstant;
import static dev.aphorist.store.Jdbc.setInstant;

import dev.aphorist.schedule.NodeBeat;
import dev.aphorist.schedule.NodeRegistry;
import dev.aphorist.schedule.NodeState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivering processes and their heartbeats, in the {@code delivery_node} table. On PostgreSQL each
 * process also holds a {@link SessionLock}, whose key its row names: a row whose lock is gone
 * belongs to a process whose connection has closed, however recent its last beat.
 */
public final class JdbcNodeRegistry implements NodeRegistry {

  private static final Logger log = LoggerFactory.getLogger(JdbcNodeRegistry.class);

  /** Rows of processes that stopped without leaving are removed after this long. */
  private static final Duration FORGET_AFTER = Duration.ofDays(1);

  private static final String BEAT_SINCE_H2 =
      "SELECT instance_id, last_seen, state, FALSE AS session_ended FROM delivery_node"
          + " WHERE last_seen > ?";

  private static final String BEAT_SINCE_POSTGRESQL =
      "SELECT n.instance_id, n.last_seen, n.state, n.session_key IS NOT NULL AND NOT EXISTS"
          + " (SELECT 1 FROM pg_locks WHERE "
          + SessionLock.heldCondition("n.session_key")
          + ") AS session_ended FROM delivery_node n WHERE n.last_seen > ?";

  private final Jdbc jdbc;
  private final DataSource dataSource;
  private final boolean sessionLocks;

  /** The session lock of each process beating through this registry (empty: none possible). */
  private final Map<String, Optional<SessionLock>> locks = new HashMap<>();

  public JdbcNodeRegistry(DataSource dataSource, DatabaseVendor vendor) {
    this.jdbc = new Jdbc(dataSource);
    this.dataSource = dataSource;
    this.sessionLocks = vendor == DatabaseVendor.POSTGRESQL;
  }

  @Override
  public synchronized boolean heartbeat(String instanceId, Instant now, NodeState state) {
    boolean joining = !locks.containsKey(instanceId);
    boolean continuous = holdSessionLock(instanceId);
    Integer key = locks.get(instanceId).map(SessionLock::key).orElse(null);
    jdbc.autoCommit(
        "recording the heartbeat of " + instanceId,
        c -> {
          if (joining) {
            forgetOldRows(c, now);
          }
          upsert(c, instanceId, now, state, key);
          return null;
        });
    return continuous;
  }

  /** Takes the process's session lock, or a new one if the old one is gone; false in that case. */
  private boolean holdSessionLock(String instanceId) {
    Optional<SessionLock> current = locks.get(instanceId);
    if (!sessionLocks) {
      locks.put(instanceId, Optional.empty());
      return true;
    }
    if (current != null && (current.isEmpty() || current.get().held())) {
      return true;
    }
    boolean lost = current != null;
    if (lost) {
      log.warn("the database session of {} ended: opening another", instanceId);
      current.get().close();
      // Until a new lock is taken, the next beat must know the old one was lost.
      locks.put(instanceId, Optional.of(current.get()));
    }
    try {
      Optional<SessionLock> lock = SessionLock.acquire(dataSource);
      if (lock.isEmpty()) {
        log.warn(
            "{}: a session lock cannot be held (a connection pooler in transaction mode?); the"
                + " others will notice this process stopping only when its heartbeats stop",
            instanceId);
      }
      locks.put(instanceId, lock);
      return !lost;
    } catch (SQLException e) {
      throw new StoreException(
          "taking the session lock of " + instanceId + " failed: " + e.getMessage(), e);
    }
  }

  private static void forgetOldRows(Connection c, Instant now) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM delivery_node WHERE last_seen < ?")) {
      setInstant(delete, 1, now.minus(FORGET_AFTER));
      delete.executeUpdate();
    }
  }

  private static void upsert(
      Connection c, String instanceId, Instant now, NodeState state, Integer key)
      throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE delivery_node SET last_seen = ?, state = ?, session_key = ?"
                + " WHERE instance_id = ?")) {
      setInstant(update, 1, now);
      update.setString(2, state.name());
      setKey(update, 3, key);
      update.setString(4, instanceId);
      if (update.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO delivery_node (instance_id, last_seen, state, session_key)"
                + " VALUES (?, ?, ?, ?)")) {
      insert.setString(1, instanceId);
      setInstant(insert, 2, now);
      insert.setString(3, state.name());
      setKey(insert, 4, key);
      insert.executeUpdate();
    } catch (SQLException e) {
      // Only this process writes its own row; a duplicate means a concurrent beat won.
      if (!Jdbc.isUniqueViolation(e)) {
        throw e;
      }
    }
  }

  private static void setKey(PreparedStatement statement, int index, Integer key)
      throws SQLException {
    if (key == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, key);
    }
  }

  @Override
  public List<NodeBeat> beatSince(Instant since) {
    return jdbc.autoCommit(
        "listing live nodes",
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(sessionLocks ? BEAT_SINCE_POSTGRESQL : BEAT_SINCE_H2)) {
            int index = 1;
            if (sessionLocks) {
              query.setInt(index++, SessionLock.NAMESPACE);
            }
            setInstant(query, index, since);
            List<NodeBeat> nodes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                nodes.add(
                    new NodeBeat(
                        rows.getString("instance_id"),
                        getInstant(rows, "last_seen"),
                        NodeState.valueOf(rows.getString("state")),
                        rows.getBoolean("session_ended")));
              }
            }
            return nodes;
          }
        });
  }

  @Override
  public synchronized void leave(String instanceId) {
    Optional<SessionLock> lock = locks.remove(instanceId);
    if (lock != null) {
      lock.ifPresent(SessionLock::close);
    }
    jdbc.autoCommit(
        "removing node " + instanceId,
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM delivery_node WHERE instance_id = ?")) {
            delete.setString(1, instanceId);
            delete.executeUpdate();
          }
          return null;
        });
  }
}
