package dev.aphorist.schedule;

import dev.aphorist.store.Database;
import dev.aphorist.store.DatabaseSettings;
import dev.aphorist.store.JdbcDeliveryStore;
import dev.aphorist.store.JdbcNodeRegistry;
import dev.aphorist.store.JdbcSubscriptionStore;
import dev.aphorist.testing.FakeDiscord;
import dev.aphorist.testing.FakeDiscordServer;
import dev.aphorist.testing.FixedChooser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scheduled delivery benchmark: N subscriptions due at the same minute, delivered through a fake
 * Discord that enforces a global limit of L requests per sliding second (429 beyond it). Measures
 * the time from the due minute until every channel has its post, against the floor N / L, and
 * counts duplicates, missing posts and 429s.
 *
 * <pre>
 * ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=dev.aphorist.schedule.DeliveryBenchmark \
 *     -Dbench.args="all 10000 50"
 * </pre>
 *
 * Modes: {@code h2} (one process, embedded H2), {@code pg2} (two node processes on embedded
 * PostgreSQL), {@code pg2-kill} (the same, one node killed with kill -9 half-way), {@code all}. The
 * nodes post over HTTP through a poster class ({@code -Dbench.poster=...}, a QuotePoster with a
 * public constructor taking the base url, default the fake's client); {@code
 * -Dbench.discordUrl=...} points them at another Discord stand-in instead of the built-in fake,
 * whose counts are then not available.
 */
public final class DeliveryBenchmark {

  public static void main(String[] args) throws Exception {
    DeliveryRun.Args run = DeliveryRun.Args.parse(args, "h2", "pg2", "pg2-kill");
    int subscriptions = run.subscriptions();
    int limit = run.limit();
    List<DeliveryRun> results = new ArrayList<>();
    if (run.runs("h2")) {
      results.add(runH2(subscriptions, limit));
    }
    if (run.runs("pg2", "pg2-kill")) {
      try (EmbeddedPostgres postgres = DeliveryRun.startPostgres()) {
        if (run.runs("pg2")) {
          results.add(runPostgres(postgres, "pg2", subscriptions, limit, false));
        }
        if (run.runs("pg2-kill")) {
          results.add(runPostgres(postgres, "pg2-kill", subscriptions, limit, true));
        }
      }
    }
    DeliveryRun.printTable(results);
  }

  private static DeliveryRun runH2(int count, int limit) throws Exception {
    Path dir =
        Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench-h2")), "db-");
    FakeDiscord discord = new FakeDiscord(limit, Duration.ofMinutes(5));
    try (Database database = Database.open(DatabaseSettings.embedded(dir));
        FakeDiscordServer server = new FakeDiscordServer(discord)) {
      Instant slot = prepare(database, count);
      QuotePoster poster = poster(System.getProperty("bench.discordUrl", server.baseUrl()));
      try (QotdEngine engine =
          QotdEngine.open(
              database.dataSource(),
              new JdbcSubscriptionStore(database.dataSource()),
              new JdbcDeliveryStore(database.dataSource()),
              new JdbcNodeRegistry(database.dataSource(), database.vendor()),
              new FixedChooser(),
              poster,
              ScheduleSettings.defaults().withInstanceId("bench-h2").withRate(limit, null),
              Clock.systemUTC())) {
        engine.startDelivering();
        return measure("h2, 1 process", slot, count, limit, discord, null);
      }
    }
  }

  private static DeliveryRun runPostgres(
      EmbeddedPostgres postgres, String mode, int count, int limit, boolean kill) throws Exception {
    String name = mode.replace('-', '_');
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    }
    String url = postgres.getJdbcUrl("postgres", name);
    Path logs = Files.createDirectories(Path.of("target", "bench-logs"));
    FakeDiscord discord = new FakeDiscord(limit, Duration.ofMinutes(5));
    String posterClass = System.getProperty("bench.poster", "dev.aphorist.testing.HttpFakePoster");
    try (Database database = Database.open(new DatabaseSettings(url, "postgres", "", 8));
        FakeDiscordServer server = new FakeDiscordServer(discord)) {
      String discordUrl = System.getProperty("bench.discordUrl", server.baseUrl());
      Instant slot = prepare(database, count);
      try (NodeProcess first =
              NodeProcess.start(
                  url,
                  "postgres",
                  mode + "-a",
                  discordUrl,
                  logs.resolve(mode + "-a.log"),
                  true,
                  posterClass);
          NodeProcess second =
              NodeProcess.start(
                  url,
                  "postgres",
                  mode + "-b",
                  discordUrl,
                  logs.resolve(mode + "-b.log"),
                  true,
                  posterClass)) {
        first.awaitReady(Duration.ofSeconds(120));
        second.awaitReady(Duration.ofSeconds(120));
        return measure(
            kill ? "pg, 2 processes, one killed half-way" : "pg, 2 processes",
            slot,
            count,
            limit,
            discord,
            kill ? first : null);
      }
    }
  }

  /** Inserts the subscriptions due at the next minute far enough away, and their triggers. */
  private static Instant prepare(Database database, int count) throws Exception {
    long[] guilds = new long[count];
    long[] channels = new long[count];
    for (int i = 0; i < count; i++) {
      guilds[i] = 1 + (i + 1) / 100;
      channels[i] = i + 1;
    }
    return prepare(database, guilds, channels);
  }

  /**
   * Subscribes channel {@code channels[i]} of guild {@code guilds[i]} for the next minute far
   * enough away (the set-up must finish before it), and schedules their Quartz triggers.
   */
  static Instant prepare(Database database, long[] guilds, long[] channels) throws Exception {
    int count = channels.length;
    Instant slot = EngineHarness.nextMinute(Duration.ofSeconds(60 + count / 100));
    String time = PostingSchedule.formatTime(EngineHarness.utcTime(slot));
    OffsetDateTime before = Instant.now().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC);
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO subscription (guild_id, channel_id, post_time, zone, days, paused,"
                    + " created_by, created_at, updated_at, active_since)"
                    + " VALUES (?, ?, ?, 'UTC', 'every day', FALSE, 1, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        insert.setLong(1, guilds[i]);
        insert.setLong(2, channels[i]);
        insert.setString(3, time);
        insert.setObject(4, before);
        insert.setObject(5, before);
        insert.setObject(6, before);
        insert.addBatch();
        if ((i + 1) % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      c.commit();
    }
    long start = System.nanoTime();
    DueMarker unused =
        new DueMarker(null, null, new CatchUpPolicy(Duration.ZERO), Clock.systemUTC(), () -> {});
    try (QuartzTriggers triggers =
        QuartzTriggers.create(database.dataSource(), "bench-setup", 1, 2000, unused)) {
      triggers.reconcile(new JdbcSubscriptionStore(database.dataSource()).listActive());
    }
    System.err.printf(
        Locale.ROOT,
        "setup: %d subscriptions and triggers, triggers took %.1f s; due at %s%n",
        count,
        (System.nanoTime() - start) / 1e9,
        slot);
    return slot;
  }

  private static QuotePoster poster(String baseUrl) throws Exception {
    String posterClass = System.getProperty("bench.poster", "dev.aphorist.testing.HttpFakePoster");
    return (QuotePoster)
        Class.forName(posterClass).getConstructor(String.class).newInstance(baseUrl);
  }

  private static DeliveryRun measure(
      String mode, Instant slot, int count, int limit, FakeDiscord discord, NodeProcess toKill)
      throws Exception {
    if (Instant.now().isAfter(slot.minusSeconds(2))) {
      throw new IllegalStateException(
          "setup ran past the due minute " + slot + ": nothing measured");
    }
    Thread.sleep(Duration.between(Instant.now(), slot).toMillis());
    boolean killed = false;
    Instant deadline = slot.plus(Duration.ofSeconds(count / limit * 3L + 120));
    while (discord.countsByChannel().size() < count && Instant.now().isBefore(deadline)) {
      if (toKill != null && !killed && discord.messages().size() >= count / 2) {
        toKill.kill();
        killed = true;
        System.err.printf(
            Locale.ROOT,
            "killed node pid %d at %d posts%n",
            toKill.pid(),
            discord.messages().size());
      }
      Thread.sleep(20);
    }
    Instant allDone =
        discord.messages().stream()
            .map(FakeDiscord.Message::at)
            .max(Instant::compareTo)
            .orElse(slot);
    Thread.sleep(35_000); // longer than a lease: a duplicate would show up now
    int distinct = discord.countsByChannel().size();
    double seconds = Duration.between(slot, allDone).toMillis() / 1000.0;
    DeliveryRun result =
        new DeliveryRun(
            mode,
            count,
            limit,
            seconds,
            discord.messages().size() - distinct,
            count - distinct,
            discord.rejections(),
            discord.requests());
    System.err.println(result);
    return result;
  }
}
