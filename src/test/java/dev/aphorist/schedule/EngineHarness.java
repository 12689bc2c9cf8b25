package dev.aphorist.schedule;

import dev.aphorist.store.Database;
import dev.aphorist.store.JdbcDeliveryStore;
import dev.aphorist.store.JdbcNodeRegistry;
import dev.aphorist.store.JdbcSubscriptionStore;
import dev.aphorist.testing.FixedChooser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Stores and engines over one database, with timings short enough for tests. */
final class EngineHarness {

  final Database database;
  final JdbcSubscriptionStore subscriptions;
  final JdbcDeliveryStore deliveries;
  final JdbcNodeRegistry nodes;

  EngineHarness(Database database) {
    this.database = database;
    this.subscriptions = new JdbcSubscriptionStore(database.dataSource());
    this.deliveries = new JdbcDeliveryStore(database.dataSource());
    this.nodes = new JdbcNodeRegistry(database.dataSource(), database.vendor());
  }

  static ScheduleSettings fastSettings(String instanceId) {
    return ScheduleSettings.defaults()
        .withInstanceId(instanceId)
        .withSweepInterval(Duration.ofSeconds(2))
        .withHeartbeat(Duration.ofMillis(500))
        .withLease(Duration.ofSeconds(5))
        .withNonceWindow(Duration.ofSeconds(60))
        .withBackoff(new Backoff(Duration.ofMillis(500), Duration.ofSeconds(2)));
  }

  QotdEngine start(QuotePoster poster, ScheduleSettings settings) {
    QotdEngine engine = open(poster, settings);
    engine.startDelivering();
    return engine;
  }

  /** Started but not delivering yet, as the Discord runtime has it until its shards connect. */
  QotdEngine open(QuotePoster poster, ScheduleSettings settings) {
    return QotdEngine.open(
        database.dataSource(),
        subscriptions,
        deliveries,
        nodes,
        new FixedChooser(),
        poster,
        settings,
        Clock.systemUTC());
  }

  /** The next whole UTC minute at least {@code margin} away. */
  static Instant nextMinute(Duration margin) {
    Instant now = Instant.now();
    Instant next = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    while (Duration.between(now, next).compareTo(margin) < 0) {
      next = next.plus(Duration.ofMinutes(1)); // margins over a minute: the benchmarks' set-up
    }
    return next;
  }

  static LocalTime utcTime(Instant instant) {
    return LocalTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
