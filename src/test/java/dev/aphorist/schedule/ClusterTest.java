package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aphorist.store.Database;
import dev.aphorist.store.DatabaseSettings;
import dev.aphorist.store.JdbcDeliveryStore;
import dev.aphorist.testing.EmbeddedPostgresServer;
import dev.aphorist.testing.FakeDiscord;
import dev.aphorist.testing.FakeDiscordServer;
import dev.aphorist.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several processes on one real PostgreSQL: two clustered engines in this JVM, then two node JVMs
 * of which one is killed with kill -9 in the middle of the fan-out. Every channel must get exactly
 * one post, and Discord's global limit must never be hit.
 */
@ExtendWith(WithPostgres.class)
class ClusterTest {

  private static void subscribeAll(Database database, int count, Instant slot) {
    EngineHarness setup = new EngineHarness(database);
    PostingSchedule schedule =
        new PostingSchedule(EngineHarness.utcTime(slot), ZoneId.of("UTC"), DaysRule.EVERY_DAY);
    Instant before = Instant.now().minus(Duration.ofDays(1));
    for (int channel = 1; channel <= count; channel++) {
      setup.subscriptions.upsert(new SubscriptionRequest(1, channel, schedule, null, 7), before);
    }
  }

  private static int countDeliveries(Database database, String status) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT COUNT(*) FROM delivery WHERE status = '" + status + "'")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void assertExactlyOncePerChannel(FakeDiscord discord, int channels) {
    Map<Long, Integer> counts = discord.countsByChannel();
    assertThat(counts).as("every channel posted").hasSize(channels);
    assertThat(counts.values()).as("no channel posted twice").allMatch(n -> n == 1);
    assertThat(discord.rejections()).as("429s").isZero();
  }

  @Test
  void twoClusteredEnginesPostEachSubscriptionOnce(EmbeddedPostgresServer postgres)
      throws Exception {
    String url = postgres.createDatabase();
    int channels = 150;
    Instant slot = EngineHarness.nextMinute(Duration.ofSeconds(15));
    FakeDiscord discord = new FakeDiscord(50, Duration.ofMinutes(5));
    try (Database a = Database.open(new DatabaseSettings(url, "postgres", "", 16));
        Database b = Database.open(new DatabaseSettings(url, "postgres", "", 16))) {
      subscribeAll(a, channels, slot);
      try (QotdEngine one =
              new EngineHarness(a).start(discord, EngineHarness.fastSettings("node-a"));
          QotdEngine two =
              new EngineHarness(b).start(discord, EngineHarness.fastSettings("node-b"))) {
        assertThat(one.triggers().triggerCount()).isEqualTo(channels);
        await().atMost(Duration.ofSeconds(120)).until(() -> discord.messages().size() >= channels);
        Thread.sleep(3000); // time for any duplicate to show up
        assertThat(discord.messages().stream().map(FakeDiscord.Message::at).min(Instant::compareTo))
            .hasValueSatisfying(first -> assertThat(first).isAfterOrEqualTo(slot));
      }
      assertExactlyOncePerChannel(discord, channels);
      assertThat(countDeliveries(a, "SENT")).isEqualTo(channels);
      assertThat(
              new JdbcDeliveryStore(a.dataSource())
                  .keysSince(LocalDate.ofInstant(slot, ZoneOffset.UTC)))
          .hasSize(channels);
    }
  }

  /**
   * Every subscription is on shard 0, so node-b, which runs shard 1, has nothing to post: it says
   * IDLE and node-a takes the whole budget (BOOSTED), still within Discord's limit.
   */
  @Test
  void aProcessWithNothingToPostLendsItsShareToTheOneThatHas(EmbeddedPostgresServer postgres)
      throws Exception {
    String url = postgres.createDatabase();
    int channels = 150;
    Instant slot = EngineHarness.nextMinute(Duration.ofSeconds(15));
    FakeDiscord discord = new FakeDiscord(50, Duration.ofMinutes(5));
    try (Database a = Database.open(new DatabaseSettings(url, "postgres", "", 16));
        Database b = Database.open(new DatabaseSettings(url, "postgres", "", 16))) {
      subscribeAll(a, channels, slot); // guild 1: shard (1 >> 22) % 2 = 0
      ScheduleSettings shard0 =
          EngineHarness.fastSettings("node-a").withShards(new ShardScope(List.of(0), 2));
      ScheduleSettings shard1 =
          EngineHarness.fastSettings("node-b").withShards(new ShardScope(List.of(1), 2));
      List<String> statesOfA = new CopyOnWriteArrayList<>();
      try (QotdEngine one = new EngineHarness(a).start(discord, shard0);
          QotdEngine two = new EngineHarness(b).start(discord, shard1)) {
        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(50))
            .until(
                () -> {
                  statesOfA.add(nodeState(a, "node-a") + "/" + nodeState(a, "node-b"));
                  return discord.messages().size() >= channels;
                });
        Thread.sleep(3000); // time for any duplicate to show up
      }
      assertThat(statesOfA)
          .as("node-a's state / node-b's during the fan-out")
          .contains("BOOSTED/IDLE");
      assertExactlyOncePerChannel(discord, channels);
    }
  }

  private static String nodeState(Database database, String instanceId) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT state FROM delivery_node WHERE instance_id = '" + instanceId + "'")) {
      return rows.next() ? rows.getString(1) : "none";
    }
  }

  @Test
  void killingOneOfTwoProcessesMidFanOutLosesAndDuplicatesNothing(EmbeddedPostgresServer postgres)
      throws Exception {
    String url = postgres.createDatabase();
    int channels = 400;
    Path logs = Files.createDirectories(Path.of("target", "cluster-test-logs"));
    FakeDiscord discord = new FakeDiscord(50, Duration.ofMinutes(5));
    discord.setLatency(Duration.ofMillis(40));
    Instant slot = EngineHarness.nextMinute(Duration.ofSeconds(25));
    try (Database database = Database.open(new DatabaseSettings(url, "postgres", "", 8));
        FakeDiscordServer server = new FakeDiscordServer(discord)) {
      subscribeAll(database, channels, slot);
      try (NodeProcess doomed =
              NodeProcess.start(
                  url, "postgres", "doomed", server.baseUrl(), logs.resolve("doomed.log"));
          NodeProcess survivor =
              NodeProcess.start(
                  url, "postgres", "survivor", server.baseUrl(), logs.resolve("survivor.log"))) {
        doomed.awaitReady(Duration.ofSeconds(60));
        survivor.awaitReady(Duration.ofSeconds(60));
        assertThat(Instant.now()).as("nodes started before the slot").isBefore(slot);

        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> discord.messages().size() >= channels / 3);
        doomed.kill();
        assertThat(doomed.isAlive()).isFalse();
        int atKill = discord.messages().size();
        assertThat(atKill).as("killed mid-fan-out").isLessThan(channels);

        await()
            .atMost(Duration.ofSeconds(120))
            .until(() -> discord.countsByChannel().size() >= channels);
        Thread.sleep(8000); // longer than a lease: any duplicate would be posted by now
      }
      assertExactlyOncePerChannel(discord, channels);
      assertThat(countDeliveries(database, "SENT")).isEqualTo(channels);
    }
  }
}
