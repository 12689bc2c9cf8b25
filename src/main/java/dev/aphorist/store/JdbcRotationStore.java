package dev.aphorist.store;

import static dev.aphorist.store.Jdbc.getDate;
import static dev.aphorist.store.Jdbc.setDate;
import static dev.aphorist.store.Jdbc.setInstant;

import dev.aphorist.pick.DailyPick;
import dev.aphorist.pick.RotationCycle;
import dev.aphorist.pick.RotationStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The quote-of-the-day rotation in the {@code rotation_pick} table, shared by every process. The
 * primary key (channel, local date) makes {@link #recordIfAbsent} atomic across processes: the
 * first insert wins, and a loser reads the winner's pick back.
 */
public final class JdbcRotationStore implements RotationStore {

  private final Jdbc jdbc;
  private final Clock clock;

  public JdbcRotationStore(DataSource dataSource, Clock clock) {
    this.jdbc = new Jdbc(dataSource);
    this.clock = clock;
  }

  @Override
  public Optional<DailyPick> find(long channelId, LocalDate date) {
    return jdbc.autoCommit(
        "reading the pick of channel " + channelId, c -> find(c, channelId, date));
  }

  @Override
  public RotationCycle currentCycle(long channelId) {
    return jdbc.inTransaction(
        "reading the rotation of channel " + channelId,
        c -> {
          int cycle;
          try (PreparedStatement query =
              c.prepareStatement("SELECT MAX(cycle) FROM rotation_pick WHERE channel_id = ?")) {
            query.setLong(1, channelId);
            try (ResultSet rows = query.executeQuery()) {
              rows.next();
              cycle = rows.getInt(1);
              if (rows.wasNull()) {
                return RotationCycle.NONE;
              }
            }
          }
          Set<String> shown = new HashSet<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT quote_id FROM rotation_pick WHERE channel_id = ? AND cycle = ?")) {
            query.setLong(1, channelId);
            query.setInt(2, cycle);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                shown.add(rows.getString(1));
              }
            }
          }
          String last;
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT quote_id FROM rotation_pick WHERE channel_id = ?"
                      + " ORDER BY local_date DESC, seq DESC LIMIT 1")) {
            query.setLong(1, channelId);
            try (ResultSet rows = query.executeQuery()) {
              last = rows.next() ? rows.getString(1) : null;
            }
          }
          return new RotationCycle(cycle, shown, last);
        });
  }

  @Override
  public DailyPick recordIfAbsent(DailyPick pick) {
    return jdbc.autoCommit(
        "recording the pick of channel " + pick.channelId(),
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO rotation_pick (channel_id, local_date, quote_id, cycle, created_at)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, pick.channelId());
            setDate(insert, 2, pick.date());
            insert.setString(3, pick.quoteId());
            insert.setInt(4, pick.cycle());
            setInstant(insert, 5, clock.instant());
            insert.executeUpdate();
            return pick;
          } catch (SQLException e) {
            if (!Jdbc.isUniqueViolation(e)) {
              throw e;
            }
          }
          // Someone else recorded this channel's pick of the day first: theirs is the pick.
          return find(c, pick.channelId(), pick.date())
              .orElseThrow(
                  () -> new SQLException("pick of channel " + pick.channelId() + " vanished"));
        });
  }

  private static Optional<DailyPick> find(Connection c, long channelId, LocalDate date)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT channel_id, local_date, quote_id, cycle FROM rotation_pick"
                + " WHERE channel_id = ? AND local_date = ?")) {
      query.setLong(1, channelId);
      setDate(query, 2, date);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new DailyPick(
                rows.getLong("channel_id"),
                getDate(rows, "local_date"),
                rows.getString("quote_id"),
                rows.getInt("cycle")));
      }
    }
  }
}
