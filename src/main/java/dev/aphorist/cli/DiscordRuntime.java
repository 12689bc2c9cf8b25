package dev.aphorist.cli;

import dev.aphorist.command.qotd.ChannelAccess;
import dev.aphorist.config.AphoristConfig;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running bot connected to Discord: the application, its shards and its health endpoint. */
final class DiscordRuntime implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DiscordRuntime.class);

  /** Exit code for a missing or rejected token. */
  static final int TOKEN_PROBLEM = 2;

  /** Why the bot could not start, and the exit code that says so. */
  static final class StartFailure extends Exception {
    private final int exitCode;

    StartFailure(String message, int exitCode) {
      super(message);
      this.exitCode = exitCode;
    }

    int exitCode() {
      return exitCode;
    }
  }

  private final Application app;
  private final DiscordBot bot;
  private final HealthServer health;

  private DiscordRuntime(Application app, DiscordBot bot, HealthServer health) {
    this.app = app;
    this.bot = bot;
    this.health = health;
  }

  static DiscordRuntime start(AphoristConfig settings, Clock clock)
      throws StartFailure, InterruptedException {
    if (!settings.discord().token().isPresent()) {
      throw new StartFailure(
          "no Discord token: set DISCORD_TOKEN (or discord.token in the config file);"
              + " to try the bot without Discord, run: aphorist console",
          TOKEN_PROBLEM);
    }
    DiscordBot bot;
    try {
      bot = DiscordBot.create(settings.discord());
    } catch (TokenRejectedException e) {
      throw new StartFailure(e.getMessage(), TOKEN_PROBLEM);
    }
    Application app;
    try {
      app = Application.start(settings, clock, frontend(bot));
    } catch (Application.StartupException e) {
      bot.close();
      throw new StartFailure(e.getMessage(), 1);
    }
    // JDA waits out a global 429 and retries by itself: hold the scheduled posts back too.
    bot.globalRateLimits().onGlobalLimit(app::holdDeliveries);
    // Log in only now: the engine has joined the processes sharing the rate limit, so that the
    // login's requests wait until the others have made room (logging in at once, a restarted
    // process earned a 429 from a survivor posting at the full rate).
    bot.pacedRequests().pace(() -> app.clientRequestPermit()::close);
    try {
      bot.start(app.router());
    } catch (TokenRejectedException e) {
      app.close();
      throw new StartFailure(e.getMessage(), TOKEN_PROBLEM);
    } catch (InterruptedException | RuntimeException e) {
      app.close();
      throw e;
    }
    // Posts start once the shards are connected: none waits for a connection holding a permit.
    app.startDelivering();
    HealthServer health;
    try {
      health = startHealth(settings, bot, app);
    } catch (IOException e) {
      app.stopDelivering();
      bot.close();
      app.close();
      throw new StartFailure("cannot serve /health: " + e.getMessage(), 1);
    }
    return new DiscordRuntime(app, bot, health);
  }

  private static Application.Frontend frontend(DiscordBot bot) {
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

  Application app() {
    return app;
  }

  DiscordBot bot() {
    return bot;
  }

  /** The port of /health and /metrics, or -1 when they are off. */
  int healthPort() {
    return health == null ? -1 : health.port();
  }

  /** Deliveries in flight finish first, then replies in flight, then the shards close. */
  @Override
  public void close() {
    app.stopDelivering();
    bot.close();
    if (health != null) {
      health.close();
    }
    app.close();
  }
}
