package dev.aphorist.store;

import static dev.aphorist.store.Jdbc.getDate;
import static dev.aphorist.store.Jdbc.getInstant;
import static dev.aphorist.store.Jdbc.getNullableLong;
import static dev.aphorist.store.Jdbc.setDate;
import static dev.aphorist.store.Jdbc.setInstant;

import dev.aphorist.schedule.Delivery;
import dev.aphorist.schedule.DeliveryKey;
import dev.aphorist.schedule.DeliveryStatus;
import dev.aphorist.schedule.DeliveryStore;
import dev.aphorist.schedule.NewDelivery;
import dev.aphorist.schedule.ShardScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Delivery records in the {@code delivery} table. Its primary key (subscription, local date) makes
 * creation idempotent; leases (claimed_by, ready_at) and SELECT ... FOR UPDATE SKIP LOCKED share
 * the work among processes without two of them holding one delivery at once.
 */
public final class JdbcDeliveryStore implements DeliveryStore {

  private static final String COLUMNS =
      "subscription_id, local_date, channel_id, status, quote_id, attempts, message_id, nonce,"
          + " reason, due_at, day_ends_at, ready_at, claimed_by, attempt_started_at,"
          + " uncertain_since, created_at, updated_at, sent_at";

  private static final String KEY = " WHERE subscription_id = ? AND local_date = ?";

  private static final int MAX_REASON = 500;

  private final Jdbc jdbc;

  public JdbcDeliveryStore(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public boolean createIfAbsent(NewDelivery delivery, Instant now) {
    boolean pending = delivery.status() == DeliveryStatus.PENDING;
    if (!pending && !delivery.status().isFinal()) {
      throw new IllegalArgumentException(
          "a new delivery is PENDING or final, not " + delivery.status());
    }
    return jdbc.autoCommit(
        "creating delivery " + delivery.key(),
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO delivery (subscription_id, local_date, channel_id, status, nonce,"
                      + " reason, due_at, day_ends_at, ready_at, created_at, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, delivery.key().subscriptionId());
            setDate(insert, 2, delivery.key().localDate());
            insert.setLong(3, delivery.channelId());
            insert.setString(4, delivery.status().name());
            insert.setString(5, delivery.nonce());
            insert.setString(6, truncate(delivery.reason()));
            setInstant(insert, 7, delivery.dueAt());
            setInstant(insert, 8, delivery.dayEndsAt());
            setInstant(insert, 9, pending ? delivery.dueAt() : null);
            setInstant(insert, 10, now);
            setInstant(insert, 11, now);
            insert.executeUpdate();
            return true;
          } catch (SQLException e) {
            if (Jdbc.isUniqueViolation(e)) {
              return false;
            }
            // A subscription deleted in the meantime: its delivery is moot.
            if ("23503".equals(e.getSQLState()) || "23506".equals(e.getSQLState())) {
              return false;
            }
            throw e;
          }
        });
  }

  /**
   * Only deliveries to servers on the given shards: Discord's shard of a server is its id shifted
   * right by 22 bits (the snowflake's timestamp), modulo the shard count.
   */
  private static String ownedBy(ShardScope shards) {
    if (shards.isAll()) {
      return "";
    }
    return " AND subscription_id IN (SELECT id FROM subscription WHERE MOD(guild_id / 4194304, ?)"
        + " IN ("
        + String.join(", ", java.util.Collections.nCopies(shards.owned().size(), "?"))
        + "))";
  }

  @Override
  public List<Delivery> claimReady(
      String instanceId, Instant now, Duration lease, int max, ShardScope shards) {
    return jdbc.inTransaction(
        "claiming deliveries",
        c -> {
          List<DeliveryKey> keys = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT subscription_id, local_date FROM delivery WHERE ready_at <= ?"
                      + ownedBy(shards)
                      + " ORDER BY ready_at, subscription_id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            int at = 1;
            setInstant(select, at++, now);
            if (!shards.isAll()) {
              select.setInt(at++, shards.total());
              for (int shard : shards.owned()) {
                select.setInt(at++, shard);
              }
            }
            select.setInt(at, max);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                keys.add(new DeliveryKey(rows.getLong(1), getDate(rows, "local_date")));
              }
            }
          }
          if (keys.isEmpty()) {
            return List.of();
          }
          try (PreparedStatement claim =
              c.prepareStatement(
                  // A POSTING row here has an expired lease: if its holder had started a
                  // request, that request may have posted. All right-hand sides read old values.
                  "UPDATE delivery SET uncertain_since = CASE WHEN status = 'POSTING'"
                      + " AND attempt_started_at IS NOT NULL"
                      + " THEN COALESCE(uncertain_since, attempt_started_at)"
                      + " ELSE uncertain_since END,"
                      + " status = 'POSTING', claimed_by = ?, attempt_started_at = NULL,"
                      + " ready_at = ?, updated_at = ?"
                      + KEY)) {
            for (DeliveryKey key : keys) {
              claim.setString(1, instanceId);
              setInstant(claim, 2, now.plus(lease));
              setInstant(claim, 3, now);
              claim.setLong(4, key.subscriptionId());
              setDate(claim, 5, key.localDate());
              claim.addBatch();
            }
            claim.executeBatch();
          }
          List<Delivery> claimed = new ArrayList<>(keys.size());
          for (DeliveryKey key : keys) {
            find(c, key).ifPresent(claimed::add);
          }
          return claimed;
        });
  }

  @Override
  public boolean startAttempt(
      DeliveryKey key,
      String instanceId,
      String quoteId,
      boolean clearUncertainty,
      Instant now,
      Instant leaseUntil) {
    return update(
        "starting an attempt of " + key,
        "UPDATE delivery SET attempt_started_at = ?, attempts = attempts + 1, quote_id = ?,"
            + " uncertain_since = CASE WHEN ? THEN NULL ELSE uncertain_since END,"
            + " ready_at = ?, updated_at = ?"
            + KEY
            + " AND status = 'POSTING' AND claimed_by = ? AND ready_at > ?",
        now,
        quoteId,
        clearUncertainty,
        leaseUntil,
        now,
        key.subscriptionId(),
        key.localDate(),
        instanceId,
        now);
  }

  @Override
  public void markSent(DeliveryKey key, long messageId, Instant now) {
    update(
        "recording the post of " + key,
        "UPDATE delivery SET status = 'SENT', message_id = ?, sent_at = ?, ready_at = NULL,"
            + " reason = NULL, updated_at = ?"
            + KEY
            + " AND status <> 'SENT'",
        messageId,
        now,
        now,
        key.subscriptionId(),
        key.localDate());
  }

  @Override
  public boolean markRetry(
      DeliveryKey key,
      String instanceId,
      String reason,
      boolean mayHavePosted,
      Instant nextAttemptAt,
      Instant now) {
    return update(
        "scheduling a retry of " + key,
        "UPDATE delivery SET status = 'PENDING', reason = ?, ready_at = ?,"
            + " uncertain_since = CASE WHEN ? THEN COALESCE(uncertain_since, attempt_started_at)"
            + " ELSE uncertain_since END, updated_at = ?"
            + KEY
            + " AND status = 'POSTING' AND claimed_by = ?",
        truncate(reason),
        nextAttemptAt,
        mayHavePosted,
        now,
        key.subscriptionId(),
        key.localDate(),
        instanceId);
  }

  @Override
  public boolean markFinal(
      DeliveryKey key, String instanceId, DeliveryStatus status, String reason, Instant now) {
    if (!status.isFinal() || status == DeliveryStatus.SENT) {
      throw new IllegalArgumentException(
          "markFinal takes SKIPPED, MISSED or FAILED, not " + status);
    }
    return update(
        "recording " + status + " for " + key,
        "UPDATE delivery SET status = ?, reason = ?, ready_at = NULL, updated_at = ?"
            + KEY
            + " AND status = 'POSTING' AND claimed_by = ?",
        status.name(),
        truncate(reason),
        now,
        key.subscriptionId(),
        key.localDate(),
        instanceId);
  }

  @Override
  public int expireEndedDays(Instant now) {
    return jdbc.autoCommit(
        "expiring deliveries of ended days",
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE delivery SET status = 'MISSED', reason = LEFT(CASE"
                      + " WHEN uncertain_since IS NOT NULL OR status = 'POSTING'"
                      + " THEN 'the local day ended with the outcome of the last attempt unknown'"
                      + " WHEN reason IS NULL THEN 'the local day ended before it could be posted'"
                      + " ELSE 'retries ended with the local day; last error: ' || reason END,"
                      + " 500), ready_at = NULL, updated_at = ?"
                      + " WHERE ready_at IS NOT NULL AND day_ends_at <= ?"
                      + " AND (status = 'PENDING' OR ready_at <= ?)")) {
            setInstant(update, 1, now);
            setInstant(update, 2, now);
            setInstant(update, 3, now);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public Optional<Delivery> find(DeliveryKey key) {
    return jdbc.autoCommit("reading delivery " + key, c -> find(c, key));
  }

  @Override
  public Optional<Delivery> latest(long subscriptionId) {
    return jdbc.autoCommit(
        "reading the latest delivery of subscription " + subscriptionId,
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM delivery WHERE subscription_id = ?"
                      + " ORDER BY local_date DESC LIMIT 1")) {
            query.setLong(1, subscriptionId);
            return readOne(query);
          }
        });
  }

  @Override
  public Set<DeliveryKey> keysSince(LocalDate from) {
    return jdbc.autoCommit(
        "listing recent deliveries",
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT subscription_id, local_date FROM delivery WHERE local_date >= ?")) {
            setDate(query, 1, from);
            Set<DeliveryKey> keys = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                keys.add(new DeliveryKey(rows.getLong(1), getDate(rows, "local_date")));
              }
            }
            return keys;
          }
        });
  }

  private static Optional<Delivery> find(Connection c, DeliveryKey key) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT " + COLUMNS + " FROM delivery" + KEY)) {
      query.setLong(1, key.subscriptionId());
      setDate(query, 2, key.localDate());
      return readOne(query);
    }
  }

  private boolean update(String what, String sql, Object... args) {
    return jdbc.autoCommit(
        what,
        c -> {
          try (PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              Object arg = args[i];
              if (arg instanceof Instant instant) {
                setInstant(update, i + 1, instant);
              } else if (arg instanceof LocalDate date) {
                setDate(update, i + 1, date);
              } else if (arg instanceof Boolean bool) {
                update.setBoolean(i + 1, bool);
              } else if (arg == null) {
                update.setNull(i + 1, java.sql.Types.VARCHAR);
              } else {
                update.setObject(i + 1, arg);
              }
            }
            return update.executeUpdate() > 0;
          }
        });
  }

  private static Optional<Delivery> readOne(PreparedStatement query) throws SQLException {
    try (ResultSet rows = query.executeQuery()) {
      return rows.next() ? Optional.of(read(rows)) : Optional.empty();
    }
  }

  private static Delivery read(ResultSet rows) throws SQLException {
    return new Delivery(
        rows.getLong("subscription_id"),
        getDate(rows, "local_date"),
        rows.getLong("channel_id"),
        DeliveryStatus.valueOf(rows.getString("status")),
        rows.getString("quote_id"),
        rows.getInt("attempts"),
        getNullableLong(rows, "message_id"),
        rows.getString("nonce"),
        rows.getString("reason"),
        getInstant(rows, "due_at"),
        getInstant(rows, "day_ends_at"),
        getInstant(rows, "ready_at"),
        rows.getString("claimed_by"),
        getInstant(rows, "attempt_started_at"),
        getInstant(rows, "uncertain_since"),
        getInstant(rows, "created_at"),
        getInstant(rows, "updated_at"),
        getInstant(rows, "sent_at"));
  }

  private static String truncate(String reason) {
    if (reason == null) {
      return null;
    }
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
  }
}
