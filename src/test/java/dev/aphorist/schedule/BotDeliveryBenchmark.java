package dev.aphorist.schedule;

import dev.aphorist.cli.BotProcess;
import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.discord.sim.RecordedRequest;
import dev.aphorist.discord.sim.RestRoute;
import dev.aphorist.discord.sim.SimChannel;
import dev.aphorist.discord.sim.SimGuild;
import dev.aphorist.discord.sim.SimMessage;
import dev.aphorist.store.Database;
import dev.aphorist.store.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scheduled delivery through the real bot: N subscriptions due at the same minute, posted by {@code
 * aphorist run} processes (real JDA, separate JVMs) to the simulated Discord enforcing a global
 * limit of L requests per sliding second (429 beyond it). Measures the time from the due minute
 * until every channel has its quote of the day, against the floor N / L, and counts duplicates,
 * missing posts and 429s.
 *
 * <pre>
 * ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=dev.aphorist.schedule.BotDeliveryBenchmark \
 *     -Dbench.args="all 10000 50"
 * </pre>
 *
 * Modes: {@code h2} (one process running both shards, embedded H2), {@code pg2} (two processes on
 * embedded PostgreSQL, one shard each), {@code pg2-kill} (the same; the process of shard 0 is
 * killed with kill -9 when half the posts are out, and started again at once: its servers' posts
 * wait for it), {@code pg} (both of those), {@code all}. The channels are spread over 100 guilds,
 * half on each shard.
 */
public final class BotDeliveryBenchmark {

  private static final int SHARDS = 2;
  private static final int GUILDS = 100;

  public static void main(String[] args) throws Exception {
    DeliveryRun.Args run = DeliveryRun.Args.parse(args, "h2", "pg", "pg2", "pg2-kill");
    int subscriptions = run.subscriptions();
    int limit = run.limit();
    Path work = Files.createDirectories(Path.of("target", "bot-bench"));
    Path quotes = work.resolve("quotes.json");
    try (InputStream in = BotDeliveryBenchmark.class.getResourceAsStream("/search/quotes.json")) {
      Files.copy(in, quotes, StandardCopyOption.REPLACE_EXISTING);
    }
    List<DeliveryRun> results = new ArrayList<>();
    if (run.runs("h2")) {
      results.add(runH2(work, quotes, subscriptions, limit));
    }
    if (run.runs("pg", "pg2", "pg2-kill")) {
      try (EmbeddedPostgres postgres = DeliveryRun.startPostgres()) {
        if (run.runs("pg", "pg2")) {
          results.add(runPostgres(postgres, work, quotes, "pg2", subscriptions, limit, false));
        }
        if (run.runs("pg", "pg2-kill")) {
          results.add(runPostgres(postgres, work, quotes, "pg2-kill", subscriptions, limit, true));
        }
      }
    }
    DeliveryRun.printTable(results);
  }

  private static DiscordSimulator simulator(int limit) {
    // Schema validation costs CPU in this JVM for every request; the tests cover it.
    DiscordSimulator discord =
        DiscordSimulator.builder().shardCount(SHARDS).schemaValidation(false).start();
    discord.enforceGlobalRateLimit(limit);
    return discord;
  }

  /** Channel i goes to guild i % 100; guild g is on shard g % 2. */
  private static Map<Long, Long> createChannels(DiscordSimulator discord, int count) {
    List<SimGuild> guilds = new ArrayList<>();
    for (int g = 0; g < GUILDS; g++) {
      guilds.add(discord.createGuildOnShard("guild-" + g, g % SHARDS, SHARDS));
    }
    Map<Long, Long> guildOfChannel = new HashMap<>();
    for (int i = 0; i < count; i++) {
      SimGuild guild = guilds.get(i % GUILDS);
      SimChannel channel = discord.createTextChannel(guild, "quotes-" + i);
      guildOfChannel.put(channel.id(), guild.id());
    }
    return guildOfChannel;
  }

  private static Instant subscribe(Database database, Map<Long, Long> guildOfChannel)
      throws Exception {
    long[] guilds = new long[guildOfChannel.size()];
    long[] channels = new long[guildOfChannel.size()];
    int i = 0;
    for (Map.Entry<Long, Long> entry : guildOfChannel.entrySet()) {
      channels[i] = entry.getKey();
      guilds[i] = entry.getValue();
      i++;
    }
    return DeliveryBenchmark.prepare(database, guilds, channels);
  }

  private static DeliveryRun runH2(Path work, Path quotes, int count, int limit) throws Exception {
    Path dir = Files.createTempDirectory(work, "h2-");
    try (DiscordSimulator discord = simulator(limit)) {
      Map<Long, Long> channels = createChannels(discord, count);
      Instant slot;
      try (Database database = Database.open(DatabaseSettings.embedded(dir.resolve("data")))) {
        slot = subscribe(database, channels);
      }
      Path config = BotProcess.writeConfig(dir, discord, quotes, null);
      try (BotProcess bot = BotProcess.start("h2", config, null, 0, work.resolve("h2.log"))) {
        awaitConnected(discord, slot, 0, 1);
        return measure("h2, 1 process (both shards)", discord, slot, count, limit, null);
      }
    }
  }

  private static DeliveryRun runPostgres(
      EmbeddedPostgres postgres,
      Path work,
      Path quotes,
      String mode,
      int count,
      int limit,
      boolean kill)
      throws Exception {
    String name = "bot_" + mode.replace('-', '_');
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    }
    String url = postgres.getJdbcUrl("postgres", name);
    Path dir = Files.createTempDirectory(work, mode + "-");
    try (DiscordSimulator discord = simulator(limit)) {
      Map<Long, Long> channels = createChannels(discord, count);
      Instant slot;
      try (Database database = Database.open(new DatabaseSettings(url, "postgres", "", 8))) {
        slot = subscribe(database, channels);
      }
      Path config = BotProcess.writeConfig(dir, discord, quotes, url);
      try (BotProcess first =
              BotProcess.start(mode + "-0", config, "0", SHARDS, work.resolve(mode + "-0.log"));
          BotProcess second =
              BotProcess.start(mode + "-1", config, "1", SHARDS, work.resolve(mode + "-1.log"))) {
        awaitConnected(discord, slot, 0, 1);
        Restart restart =
            kill ? new Restart(first, config, work.resolve(mode + "-0-again.log")) : null;
        String label =
            kill
                ? "pg, 2 processes, shard 0's killed half-way and restarted"
                : "pg, 2 processes (one shard each)";
        try {
          return measure(label, discord, slot, count, limit, restart);
        } finally {
          if (restart != null && restart.again != null) {
            restart.again.close();
          }
        }
      }
    }
  }

  /** The process to kill half-way, and its replacement once started. */
  private static final class Restart {
    final BotProcess doomed;
    final Path config;
    final Path log;
    BotProcess again;

    Restart(BotProcess doomed, Path config, Path log) {
      this.doomed = doomed;
      this.config = config;
      this.log = log;
    }

    void now(int posted) throws Exception {
      doomed.kill();
      System.err.printf(
          Locale.ROOT,
          "%s killed (kill -9, pid %d) at %d posts, %s; starting it again%n",
          doomed.name(),
          doomed.pid(),
          posted,
          Instant.now());
      again = BotProcess.start(doomed.name() + "-again", config, "0", SHARDS, log);
    }
  }

  private static void awaitConnected(DiscordSimulator discord, Instant slot, int... shards)
      throws InterruptedException {
    while (Instant.now().isBefore(slot)) {
      boolean all = true;
      for (int shard : shards) {
        all &=
            discord.sessions().stream()
                .anyMatch(s -> s.shardId() == shard && s.connected() && !s.invalid());
      }
      if (all) {
        System.err.printf(Locale.ROOT, "bot connected at %s, due at %s%n", Instant.now(), slot);
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the bot was not connected by the due minute " + slot);
  }

  private static DeliveryRun measure(
      String mode, DiscordSimulator discord, Instant slot, int count, int limit, Restart restart)
      throws Exception {
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), slot).toMillis()));
    Instant deadline = slot.plus(Duration.ofSeconds(count / limit * 3L + 180));
    boolean killed = false;
    while (Instant.now().isBefore(deadline)) {
      int posted = discord.messageCount();
      if (restart != null && !killed && posted >= count / 2) {
        restart.now(posted);
        killed = true;
      }
      if (posted >= count && distinctChannels(discord) >= count) {
        break;
      }
      Thread.sleep(20);
    }
    Instant allDone =
        discord.channelPosts().stream()
            .map(SimMessage::createdAt)
            .max(Instant::compareTo)
            .orElse(slot);
    Thread.sleep(35_000); // longer than a lease: a duplicate would show up now
    int distinct = distinctChannels(discord);
    double seconds = Duration.between(slot, allDone).toMillis() / 1000.0;
    DeliveryRun result =
        new DeliveryRun(
            mode,
            count,
            limit,
            seconds,
            discord.channelPosts().size() - distinct,
            count - distinct,
            discord.rateLimitResponses(),
            discord.requests(RestRoute.CREATE_MESSAGE).size());
    System.err.println(result);
    printTimeline(discord, slot);
    printOtherRequests(discord, slot);
    return result;
  }

  /**
   * Posts per shard in 10-second steps from the due minute, and when each shard's last post came:
   * where a run loses time against the floor (a shard waiting, or one finishing early while the
   * other still runs at its share).
   */
  private static void printTimeline(DiscordSimulator discord, Instant slot) {
    int[][] perStep = new int[SHARDS][];
    double[] lastAt = new double[SHARDS];
    int steps = 0;
    List<SimMessage> posts = discord.channelPosts();
    for (SimMessage post : posts) {
      steps = Math.max(steps, (int) (Duration.between(slot, post.createdAt()).toMillis() / 10_000));
    }
    for (int shard = 0; shard < SHARDS; shard++) {
      perStep[shard] = new int[steps + 1];
    }
    for (SimMessage post : posts) {
      int shard = (int) ((post.guildId() >> 22) % SHARDS);
      long millis = Duration.between(slot, post.createdAt()).toMillis();
      perStep[shard][(int) Math.max(0, millis / 10_000)]++;
      lastAt[shard] = Math.max(lastAt[shard], millis / 1000.0);
    }
    StringBuilder out = new StringBuilder("posts per 10 s (shard 0 / shard 1):");
    for (int step = 0; step <= steps; step++) {
      out.append(String.format(Locale.ROOT, " %d/%d", perStep[0][step], perStep[1][step]));
    }
    System.err.println(out);
    System.err.printf(
        Locale.ROOT, "last post: shard 0 at %.1f s, shard 1 at %.1f s%n", lastAt[0], lastAt[1]);
  }

  /**
   * Every 429 and every request other than a post from the due minute on, with its time: the
   * requests the engine's rate limiter does not pace (a restarted process logging in, command
   * registration) and what each 429 answered.
   */
  private static void printOtherRequests(DiscordSimulator discord, Instant slot) {
    StringBuilder out =
        new StringBuilder("429s and requests other than posts, from the due minute:");
    int listed = 0;
    for (RecordedRequest request : discord.requests()) {
      boolean post = request.route() == RestRoute.CREATE_MESSAGE;
      if (request.at().isBefore(slot) || (post && request.status() != 429)) {
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%n  %.3f s %s %s -> %d",
              Duration.between(slot, request.at()).toNanos() / 1e9,
              request.method(),
              request.path(),
              request.status()));
      listed++;
    }
    System.err.println(listed == 0 ? out.append(" none") : out);
  }

  private static int distinctChannels(DiscordSimulator discord) {
    return (int) discord.channelPosts().stream().map(SimMessage::channelId).distinct().count();
  }
}
