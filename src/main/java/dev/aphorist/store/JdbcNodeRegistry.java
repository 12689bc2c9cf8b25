package dev.aphorist.store;

import static dev.aphorist.store.Jdbc.setInstant;

import dev.aphorist.schedule.NodeRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** Delivering processes and their heartbeats, in the {@code delivery_node} table. */
public final class JdbcNodeRegistry implements NodeRegistry {

  private final Jdbc jdbc;

  public JdbcNodeRegistry(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void heartbeat(String instanceId, Instant now) {
    jdbc.autoCommit(
        "recording the heartbeat of " + instanceId,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement("UPDATE delivery_node SET last_seen = ? WHERE instance_id = ?")) {
            setInstant(update, 1, now);
            update.setString(2, instanceId);
            if (update.executeUpdate() > 0) {
              return null;
            }
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO delivery_node (instance_id, last_seen) VALUES (?, ?)")) {
            insert.setString(1, instanceId);
            setInstant(insert, 2, now);
            insert.executeUpdate();
          } catch (SQLException e) {
            // Only this process writes its own row; a duplicate means a concurrent beat won.
            if (!Jdbc.isUniqueViolation(e)) {
              throw e;
            }
          }
          return null;
        });
  }

  @Override
  public int liveSince(Instant since) {
    return jdbc.autoCommit(
        "counting live nodes",
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT COUNT(*) FROM delivery_node WHERE last_seen > ?")) {
            setInstant(query, 1, since);
            try (ResultSet rows = query.executeQuery()) {
              rows.next();
              return rows.getInt(1);
            }
          }
        });
  }

  @Override
  public void leave(String instanceId) {
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
