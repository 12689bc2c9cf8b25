package dev.aphorist.cli;

import dev.aphorist.command.qotd.ChannelAccess;
import dev.aphorist.config.AphoristConfig;
import dev.aphorist.config.ConfigException;
import dev.aphorist.config.ShardSlice;
import dev.aphorist.discord.DiscordBot;
import dev.aphorist.discord.JdaChannelAccess;
import dev.aphorist.discord.JdaQuotePoster;
import dev.aphorist.discord.TokenRejectedException;
import dev.aphorist.health.HealthServer;
import dev.aphorist.schedule.QuotePoster;
import dev.aphorist.search.QuoteLibrary;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aphorist run}: connects to Discord and serves commands and scheduled quotes. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Connects to Discord (token from DISCORD_TOKEN or the config file) and runs the bot.",
      "Several processes can split the shards: --shards 0-3 --shard-total 8 and --shards 4-7"
          + " --shard-total 8, sharing one PostgreSQL database."
    })
final class RunCommand implements Callable<Integer> {

  /** Exit code for a missing or rejected token. */
  static final int TOKEN_PROBLEM = 2;

  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

  @Mixin ConfigOption config;

  @Option(
      names = "--shards",
      paramLabel = "SPEC",
      description = "Shards this process runs: all, 3, 0-3 or 0,2,4-7 (default: discord.shards)")
  String shards;

  @Option(
      names = "--shard-total",
      paramLabel = "N",
      description = "Total number of shards of the bot (default: discord.shard-total)")
  Integer shardTotal;

  @Override
  public Integer call() throws Exception {
    AphoristConfig settings;
    try {
      settings = withShardOptions(config.load());
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      System.err.println("invalid shard options: " + e.getMessage());
      return 1;
    }
    if (!settings.discord().token().isPresent()) {
      System.err.println(
          "no Discord token: set DISCORD_TOKEN (or discord.token in the config file);"
              + " to try the bot without Discord, run: aphorist console");
      return TOKEN_PROBLEM;
    }
    DiscordBot bot;
    try {
      bot = DiscordBot.create(settings.discord());
    } catch (TokenRejectedException e) {
      System.err.println(e.getMessage());
      return TOKEN_PROBLEM;
    }
    Application app;
    try {
      app = Application.start(settings, Clock.systemUTC(), discordFrontend(bot));
    } catch (Application.StartupException e) {
      bot.close();
      System.err.println(e.getMessage());
      return 1;
    }
    try {
      bot.start(app.router());
    } catch (TokenRejectedException e) {
      app.close();
      System.err.println(e.getMessage());
      return TOKEN_PROBLEM;
    }
    HealthServer health = startHealth(settings, bot, app);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("shutting down");
                  // Deliveries in flight finish first, then replies in flight, then the shards.
                  app.stopDelivering();
                  bot.close();
                  if (health != null) {
                    health.close();
                  }
                  app.close();
                  stopped.countDown();
                },
                "aphorist-shutdown"));
    stopped.await();
    return 0;
  }

  private AphoristConfig withShardOptions(AphoristConfig settings) {
    if (shards == null && shardTotal == null) {
      return settings;
    }
    int total = shardTotal != null ? shardTotal : settings.discord().shards().total();
    ShardSlice slice =
        shards != null
            ? ShardSlice.parse(shards, total)
            : new ShardSlice(settings.discord().shards().ids(), total);
    AphoristConfig.Discord discord = settings.discord();
    return new AphoristConfig(
        new AphoristConfig.Discord(
            discord.token(),
            discord.restUrl(),
            slice,
            discord.shutdownTimeout(),
            discord.compressGateway()),
        settings.database(),
        settings.corpus(),
        settings.commands(),
        settings.schedule(),
        settings.health());
  }

  private static Application.Frontend discordFrontend(DiscordBot bot) {
    return new Application.Frontend() {
      @Override
      public QuotePoster poster(QuoteLibrary library) {
        return new JdaQuotePoster(bot.shards(), library, Duration.ofSeconds(20));
      }

      @Override
      public ChannelAccess channelAccess() {
        return new JdaChannelAccess(bot.shards());
      }
    };
  }

  private static HealthServer startHealth(AphoristConfig settings, DiscordBot bot, Application app)
      throws IOException {
    if (!settings.health().enabled()) {
      return null;
    }
    app.telemetry()
        .gauge(
            "aphorist_shards_connected",
            "Shards of this process connected to Discord",
            bot::connectedShards);
    HealthServer server =
        HealthServer.start(
            settings.health().bind(),
            settings.health().port(),
            app.telemetry(),
            () -> {
              long connected = bot.connectedShards();
              int running = bot.shardList().size();
              return new HealthServer.Status(
                  running > 0 && connected == running,
                  Map.of(
                      "shardsConnected", connected,
                      "shards", running,
                      "quotes", app.library().current().corpus().size()));
            });
    log.info("health and metrics on http://{}:{}/", settings.health().bind(), server.port());
    return server;
  }
}
