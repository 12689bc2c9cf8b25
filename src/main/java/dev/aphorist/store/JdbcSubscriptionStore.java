package dev.aphorist.store;

import static dev.aphorist.store.Jdbc.getDate;
import static dev.aphorist.store.Jdbc.getInstant;
import static dev.aphorist.store.Jdbc.setDate;
import static dev.aphorist.store.Jdbc.setInstant;

import dev.aphorist.schedule.DaysRule;
import dev.aphorist.schedule.PostingSchedule;
import dev.aphorist.schedule.Subscription;
import dev.aphorist.schedule.SubscriptionRequest;
import dev.aphorist.schedule.SubscriptionStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Subscriptions in the {@code subscription} table. */
public final class JdbcSubscriptionStore implements SubscriptionStore {

  private static final String COLUMNS =
      "id, guild_id, channel_id, post_time, zone, days, topic, paused, pause_reason, skip_date,"
          + " created_by, created_at, updated_at, active_since";

  private static final int MAX_REASON = 500;

  private final Jdbc jdbc;

  public JdbcSubscriptionStore(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Subscription upsert(SubscriptionRequest request, Instant now) {
    try {
      return jdbc.inTransaction(
          "subscribing channel " + request.channelId(), c -> upsert(c, request, now));
    } catch (StoreException e) {
      // Two first subscriptions of one channel raced: the loser updates the winner's row.
      if (e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql)) {
        return jdbc.inTransaction(
            "subscribing channel " + request.channelId(), c -> upsert(c, request, now));
      }
      throw e;
    }
  }

  private Subscription upsert(Connection c, SubscriptionRequest request, Instant now)
      throws SQLException {
    Optional<Subscription> existing =
        queryOne(
            c,
            "SELECT " + COLUMNS + " FROM subscription WHERE channel_id = ? FOR UPDATE",
            request.channelId());
    PostingSchedule schedule = request.schedule();
    if (existing.isEmpty()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO subscription (guild_id, channel_id, post_time, zone, days, topic,"
                  + " paused, created_by, created_at, updated_at, active_since)"
                  + " VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?)")) {
        insert.setLong(1, request.guildId());
        insert.setLong(2, request.channelId());
        insert.setString(3, PostingSchedule.formatTime(schedule.time()));
        insert.setString(4, schedule.zone().getId());
        insert.setString(5, schedule.days().toString());
        insert.setString(6, request.topic());
        insert.setLong(7, request.requestedBy());
        setInstant(insert, 8, now);
        setInstant(insert, 9, now);
        setInstant(insert, 10, now);
        insert.executeUpdate();
      }
    } else {
      Subscription old = existing.get();
      // A new schedule, or a resume, starts counting slots afresh: nothing stale is caught up.
      boolean restart = old.paused() || !old.schedule().equals(schedule);
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE subscription SET guild_id = ?, post_time = ?, zone = ?, days = ?, topic = ?,"
                  + " paused = FALSE, pause_reason = NULL, updated_at = ?, active_since = ?"
                  + " WHERE id = ?")) {
        update.setLong(1, request.guildId());
        update.setString(2, PostingSchedule.formatTime(schedule.time()));
        update.setString(3, schedule.zone().getId());
        update.setString(4, schedule.days().toString());
        update.setString(5, request.topic());
        setInstant(update, 6, now);
        setInstant(update, 7, restart ? now : old.activeSince());
        update.setLong(8, old.id());
        update.executeUpdate();
      }
    }
    return queryOne(
            c, "SELECT " + COLUMNS + " FROM subscription WHERE channel_id = ?", request.channelId())
        .orElseThrow();
  }

  @Override
  public Optional<Subscription> find(long subscriptionId) {
    return jdbc.autoCommit(
        "reading subscription " + subscriptionId,
        c -> queryOne(c, "SELECT " + COLUMNS + " FROM subscription WHERE id = ?", subscriptionId));
  }

  @Override
  public Optional<Subscription> findByChannel(long channelId) {
    return jdbc.autoCommit(
        "reading the subscription of channel " + channelId,
        c ->
            queryOne(
                c, "SELECT " + COLUMNS + " FROM subscription WHERE channel_id = ?", channelId));
  }

  @Override
  public List<Subscription> listByGuild(long guildId) {
    return jdbc.autoCommit(
        "listing the subscriptions of server " + guildId,
        c ->
            queryList(
                c,
                "SELECT " + COLUMNS + " FROM subscription WHERE guild_id = ? ORDER BY channel_id",
                guildId));
  }

  @Override
  public List<Subscription> listActive() {
    return jdbc.autoCommit(
        "listing active subscriptions",
        c ->
            queryList(
                c, "SELECT " + COLUMNS + " FROM subscription WHERE paused = FALSE ORDER BY id"));
  }

  @Override
  public boolean deleteByChannel(long channelId) {
    return jdbc.inTransaction(
        "unsubscribing channel " + channelId,
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM subscription WHERE channel_id = ?")) {
            delete.setLong(1, channelId);
            return delete.executeUpdate() > 0;
          }
        });
  }

  @Override
  public Optional<Subscription> setPaused(
      long channelId, boolean paused, String reason, Instant now) {
    String sql =
        paused
            ? "UPDATE subscription SET paused = TRUE, pause_reason = ?, updated_at = ?"
                + " WHERE channel_id = ?"
            : "UPDATE subscription SET paused = FALSE, pause_reason = NULL, updated_at = ?,"
                + " active_since = ? WHERE channel_id = ?";
    return updateChannel(
        (paused ? "pausing" : "resuming") + " channel " + channelId,
        sql,
        channelId,
        update -> {
          if (paused) {
            update.setString(1, truncate(reason));
            setInstant(update, 2, now);
          } else {
            setInstant(update, 1, now);
            setInstant(update, 2, now);
          }
        });
  }

  @Override
  public boolean pauseIfActive(long subscriptionId, String reason, Instant now) {
    return jdbc.autoCommit(
        "pausing subscription " + subscriptionId,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE subscription SET paused = TRUE, pause_reason = ?, updated_at = ?"
                      + " WHERE id = ? AND paused = FALSE")) {
            update.setString(1, truncate(reason));
            setInstant(update, 2, now);
            update.setLong(3, subscriptionId);
            return update.executeUpdate() > 0;
          }
        });
  }

  @Override
  public Optional<Subscription> setSkipDate(long channelId, LocalDate date, Instant now) {
    return updateChannel(
        "setting the skipped date of channel " + channelId,
        "UPDATE subscription SET skip_date = ?, updated_at = ? WHERE channel_id = ?",
        channelId,
        update -> {
          setDate(update, 1, date);
          setInstant(update, 2, now);
        });
  }

  /** What an update sets, in its parameters before the last one (the channel id). */
  private interface Changes {
    void bind(PreparedStatement update) throws SQLException;
  }

  /**
   * Runs {@code sql}, an update of one channel's row whose last parameter is the channel id, and
   * reads the row back in the same transaction; empty when the channel has no subscription.
   */
  private Optional<Subscription> updateChannel(
      String action, String sql, long channelId, Changes changes) {
    return jdbc.inTransaction(
        action,
        c -> {
          try (PreparedStatement update = c.prepareStatement(sql)) {
            changes.bind(update);
            update.setLong((int) sql.chars().filter(ch -> ch == '?').count(), channelId);
            if (update.executeUpdate() == 0) {
              return Optional.empty();
            }
          }
          return queryOne(
              c, "SELECT " + COLUMNS + " FROM subscription WHERE channel_id = ?", channelId);
        });
  }

  @Override
  public boolean clearSkipDate(long subscriptionId, LocalDate date, Instant now) {
    return jdbc.autoCommit(
        "clearing the skipped date of subscription " + subscriptionId,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE subscription SET skip_date = NULL, updated_at = ?"
                      + " WHERE id = ? AND skip_date = ?")) {
            setInstant(update, 1, now);
            update.setLong(2, subscriptionId);
            setDate(update, 3, date);
            return update.executeUpdate() > 0;
          }
        });
  }

  private static String truncate(String reason) {
    if (reason == null) {
      return null;
    }
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
  }

  private static Optional<Subscription> queryOne(Connection c, String sql, Object... args)
      throws SQLException {
    List<Subscription> rows = queryList(c, sql, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private static List<Subscription> queryList(Connection c, String sql, Object... args)
      throws SQLException {
    try (PreparedStatement query = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        if (args[i] == null) {
          query.setNull(i + 1, Types.NULL);
        } else {
          query.setObject(i + 1, args[i]);
        }
      }
      try (ResultSet rows = query.executeQuery()) {
        List<Subscription> result = new ArrayList<>();
        while (rows.next()) {
          result.add(read(rows));
        }
        return result;
      }
    }
  }

  private static Subscription read(ResultSet rows) throws SQLException {
    PostingSchedule schedule =
        new PostingSchedule(
            PostingSchedule.parseTime(rows.getString("post_time")),
            ZoneId.of(rows.getString("zone")),
            DaysRule.parse(rows.getString("days")));
    return new Subscription(
        rows.getLong("id"),
        rows.getLong("guild_id"),
        rows.getLong("channel_id"),
        schedule,
        rows.getString("topic"),
        rows.getBoolean("paused"),
        rows.getString("pause_reason"),
        getDate(rows, "skip_date"),
        rows.getLong("created_by"),
        getInstant(rows, "created_at"),
        getInstant(rows, "updated_at"),
        getInstant(rows, "active_since"));
  }
}
