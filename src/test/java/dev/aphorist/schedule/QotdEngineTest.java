package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aphorist.store.Database;
import dev.aphorist.store.DatabaseSettings;
import dev.aphorist.testing.FakeDiscord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole engine on embedded H2 with real Quartz and a fake Discord. */
class QotdEngineTest {

  @TempDir Path dataDir;
  private Database database;
  private EngineHarness harness;
  private final FakeDiscord discord = new FakeDiscord(50, Duration.ofMinutes(5));

  @BeforeEach
  void open() {
    database = Database.open(DatabaseSettings.embedded(dataDir));
    harness = new EngineHarness(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static SubscriptionRequest request(long channel, LocalTime time, String zone) {
    return new SubscriptionRequest(
        1, channel, new PostingSchedule(time, ZoneId.of(zone), DaysRule.EVERY_DAY), null, 7);
  }

  /** A zone where it is now between 01:00 and 22:00, so "minutes ago" stays on today's date. */
  /** Subscribed yesterday, for a minute ago in {@code zone}: due today, within the grace window. */
  private Subscription subscribedDueAMinuteAgo(long channel, ZoneId zone) {
    return harness.subscriptions.upsert(
        request(channel, LocalTime.now(zone).minusMinutes(1), zone.getId()),
        Instant.now().minus(Duration.ofDays(1)));
  }

  private static ZoneId daytimeZone() {
    for (String zone : List.of("UTC", "Asia/Tokyo", "America/New_York", "Asia/Kolkata")) {
      int hour = ZonedDateTime.now(ZoneId.of(zone)).getHour();
      if (hour >= 1 && hour < 22) {
        return ZoneId.of(zone);
      }
    }
    throw new IllegalStateException("no daytime zone found");
  }

  @Test
  void subscriptionPostsAtItsMinuteExactlyOnceAndKeepsOneTriggerAcrossRestarts() {
    Instant slot = EngineHarness.nextMinute(Duration.ofSeconds(5));
    Subscription s;
    try (QotdEngine engine = harness.start(discord, EngineHarness.fastSettings("h2-node"))) {
      s = engine.subscriptions().subscribe(request(100, EngineHarness.utcTime(slot), "UTC"));
      assertThat(engine.triggers().nextFireTime(s.id()))
          .hasValueSatisfying(fire -> assertThat(fire.toInstant()).isEqualTo(slot));
      await().atMost(Duration.ofSeconds(80)).until(() -> discord.messages().size() == 1);
      Instant postedAt = discord.messages().get(0).at();
      assertThat(postedAt).isAfterOrEqualTo(slot).isBefore(slot.plusSeconds(10));
      Delivery d =
          harness
              .deliveries
              .find(new DeliveryKey(s.id(), LocalDate.ofInstant(slot, ZoneOffset.UTC)))
              .orElseThrow();
      assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
      assertThat(d.dueAt()).isEqualTo(slot);
    }
    try (QotdEngine again = harness.start(discord, EngineHarness.fastSettings("h2-node"))) {
      assertThat(again.triggers().triggerCount()).isEqualTo(1);
      assertThat(again.sweepNow()).isZero();
      again
          .subscriptions()
          .subscribe(request(100, EngineHarness.utcTime(slot).plusHours(1), "UTC"));
      assertThat(again.triggers().triggerCount()).as("rescheduled, not added").isEqualTo(1);
      assertThat(again.triggers().nextFireTime(s.id()).orElseThrow().toInstant())
          .isEqualTo(slot.plus(Duration.ofHours(1)));
    }
    assertThat(discord.messages()).hasSize(1);
  }

  @Test
  void startUpCatchesUpTodaysMissingPostOnceWithinTheGraceWindow() throws Exception {
    ZoneId zone = daytimeZone();
    LocalTime now = LocalTime.now(zone);
    Instant longAgo = Instant.now().minus(Duration.ofDays(3));
    // Subscribed days ago; today's post was due 2 minutes ago while no process ran.
    Subscription recent =
        harness.subscriptions.upsert(request(200, now.minusMinutes(2), zone.getId()), longAgo);
    // This one was due 4 hours ago: beyond the 3 h grace window (if still today there).
    LocalTime fourHoursAgo = now.minusHours(4);
    boolean stillToday = now.isAfter(LocalTime.of(4, 1));
    Subscription old =
        harness.subscriptions.upsert(request(201, fourHoursAgo, zone.getId()), longAgo);

    try (QotdEngine engine = harness.start(discord, EngineHarness.fastSettings("h2-node"))) {
      await().atMost(Duration.ofSeconds(20)).until(() -> discord.messages().size() == 1);
      assertThat(discord.messages().get(0).channelId()).isEqualTo(200);
    }
    try (QotdEngine restarted = harness.start(discord, EngineHarness.fastSettings("h2-node"))) {
      Thread.sleep(3000); // a sweep and some polls
      assertThat(restarted.sweepNow()).isZero();
    }
    assertThat(discord.messages()).hasSize(1);
    LocalDate today = LocalDate.now(zone);
    assertThat(harness.deliveries.find(new DeliveryKey(recent.id(), today)).orElseThrow().status())
        .isEqualTo(DeliveryStatus.SENT);
    if (stillToday) {
      Delivery missed = harness.deliveries.find(new DeliveryKey(old.id(), today)).orElseThrow();
      assertThat(missed.status()).isEqualTo(DeliveryStatus.MISSED);
      assertThat(missed.reason()).contains("grace window of 3 h");
    }
  }

  @Test
  void anOpenedEngineMarksTheMissedPostAndPostsItOnlyOnceDeliveringStarts() throws Exception {
    ZoneId zone = daytimeZone();
    Subscription s = subscribedDueAMinuteAgo(400, zone);
    try (QotdEngine engine = harness.open(discord, EngineHarness.fastSettings("h2-node"))) {
      DeliveryKey key = new DeliveryKey(s.id(), LocalDate.now(zone));
      assertThat(harness.deliveries.find(key)).as("marked due at start-up").isPresent();
      Thread.sleep(1500); // three of the dispatcher's idle polls, were it running
      assertThat(discord.requests()).isZero();

      engine.startDelivering();
      engine.startDelivering();

      await().atMost(Duration.ofSeconds(20)).until(() -> discord.messages().size() == 1);
      assertThat(discord.messages().get(0).channelId()).isEqualTo(400);
    }
  }

  @Test
  void anOutageIsRiddenOutAndThePostMadeOnceWhenDiscordRecovers() throws Exception {
    ZoneId zone = daytimeZone();
    Subscription s = subscribedDueAMinuteAgo(300, zone);
    discord.setOutage(true);
    try (QotdEngine engine = harness.start(discord, EngineHarness.fastSettings("h2-node"))) {
      await().atMost(Duration.ofSeconds(20)).until(() -> discord.requests() >= 3);
      DeliveryKey key = new DeliveryKey(s.id(), LocalDate.now(zone));
      assertThat(harness.deliveries.find(key).orElseThrow().reason())
          .isEqualTo("503 Service Unavailable");
      discord.setOutage(false);
      await().atMost(Duration.ofSeconds(20)).until(() -> discord.messages().size() == 1);
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> harness.deliveries.find(key).orElseThrow().status() == DeliveryStatus.SENT);
      assertThat(harness.deliveries.find(key).orElseThrow().attempts()).isGreaterThanOrEqualTo(4);
      Thread.sleep(2000);
    }
    assertThat(discord.messages()).hasSize(1);
  }

  @Test
  void aDeletedChannelPausesItsSubscriptionWithTheReasonShownInStatus() throws Exception {
    ZoneId zone = daytimeZone();
    Subscription s = subscribedDueAMinuteAgo(400, zone);
    discord.deleteChannel(400);
    try (QotdEngine engine = harness.start(discord, EngineHarness.fastSettings("h2-node"))) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> harness.subscriptions.find(s.id()).orElseThrow().paused());
      Thread.sleep(3000);
      assertThat(discord.requests()).as("no retry storm").isEqualTo(1);
      assertThat(engine.triggers().nextFireTime(s.id())).isEmpty();
      SubscriptionStatus status = engine.subscriptions().status(1, ZoneId.of("UTC")).get(0);
      assertThat(status.subscription().pauseReason())
          .isEqualTo("Unknown Channel (channel deleted)");
      assertThat(status.next()).isNull();
      assertThat(status.lastDelivery().status()).isEqualTo(DeliveryStatus.FAILED);
    }
  }

  @Test
  void commandsKeepTriggersAndStatusInLine() {
    try (QotdEngine engine = harness.start(discord, EngineHarness.fastSettings("h2-node"))) {
      SubscriptionService commands = engine.subscriptions();
      Subscription s =
          commands.subscribe(
              new SubscriptionRequest(
                  1, 500, PostingSchedule.of("09:30", "Europe/Berlin", "weekdays"), "ops", 7));
      ZoneId viewer = ZoneId.of("America/New_York");
      SubscriptionStatus status = commands.status(1, viewer).get(0);
      assertThat(status.next().at().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
      assertThat(status.next().at().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
      assertThat(status.nextForViewer().toInstant()).isEqualTo(status.next().instant());
      assertThat(status.nextForViewer().getZone()).isEqualTo(viewer);
      assertThat(engine.triggers().nextFireTime(s.id()).orElseThrow().toInstant())
          .isEqualTo(status.next().instant());

      Slot skipped = commands.skipNext(500).orElseThrow();
      assertThat(skipped).isEqualTo(status.next());
      Slot after = commands.status(1, viewer).get(0).next();
      assertThat(after.date()).isAfter(skipped.date());
      assertThat(commands.nextPost(500)).contains(after);

      assertThat(commands.pause(500, "paused by @ann").orElseThrow().paused()).isTrue();
      assertThat(engine.triggers().nextFireTime(s.id())).isEmpty();
      assertThat(commands.status(1, viewer).get(0).next()).isNull();
      commands.resume(500);
      assertThat(engine.triggers().nextFireTime(s.id())).isPresent();

      assertThat(commands.unsubscribe(500)).isTrue();
      assertThat(commands.unsubscribe(500)).isFalse();
      assertThat(engine.triggers().triggerCount()).isZero();
      assertThat(commands.status(1, viewer)).isEmpty();
      assertThat(commands.skipNext(500)).isEmpty();
    }
  }
}
