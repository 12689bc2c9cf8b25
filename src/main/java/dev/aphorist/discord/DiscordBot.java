package dev.aphorist.discord;

import dev.aphorist.command.CommandRouter;
import dev.aphorist.config.AphoristConfig;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to Discord: always through JDA's shard manager, running either every shard or the
 * slice this process was given, with the command router behind its interaction events.
 */
public final class DiscordBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

  /** Defer an interaction whose answer is not ready after this long (Discord allows 3 s). */
  static final Duration ACK_BUDGET = Duration.ofMillis(1500);

  private final ShardManager shards;
  private final ExecutorService workers;
  private final ScheduledExecutorService timers;
  private final InFlight inFlight;
  private final Duration shutdownTimeout;

  private DiscordBot(
      ShardManager shards,
      ExecutorService workers,
      ScheduledExecutorService timers,
      InFlight inFlight,
      Duration shutdownTimeout) {
    this.shards = shards;
    this.workers = workers;
    this.timers = timers;
    this.inFlight = inFlight;
    this.shutdownTimeout = shutdownTimeout;
  }

  /**
   * Logs in, waits until every shard of this process is ready, and registers the slash commands
   * (from the process that runs shard 0, so several processes do not race to register them).
   *
   * @throws TokenRejectedException when Discord refuses the token
   */
  public static DiscordBot start(AphoristConfig.Discord settings, CommandRouter router)
      throws TokenRejectedException, InterruptedException {
    ExecutorService workers =
        Executors.newFixedThreadPool(
            Math.max(4, Runtime.getRuntime().availableProcessors() * 2),
            daemonThreads("aphorist-interaction"));
    ScheduledExecutorService timers =
        Executors.newSingleThreadScheduledExecutor(daemonThreads("aphorist-ack-timer"));
    InFlight inFlight = new InFlight();
    InteractionListener listener =
        new InteractionListener(router, workers, timers, ACK_BUDGET, inFlight);

    // Only the GUILDS events are needed: no message content, no presences, no member lists.
    DefaultShardManagerBuilder builder =
        DefaultShardManagerBuilder.createLight(
                settings.token().reveal(), EnumSet.noneOf(GatewayIntent.class))
            .setMemberCachePolicy(MemberCachePolicy.NONE)
            .setChunkingFilter(ChunkingFilter.NONE)
            .enableCache(CacheFlag.MEMBER_OVERRIDES)
            .setEnableShutdownHook(false)
            .setRestConfig(new RestConfig().setBaseUrl(settings.restUrl().toString()))
            .setCompression(settings.compressGateway() ? Compression.ZLIB : Compression.NONE)
            .addEventListeners(listener);
    if (settings.shards().total() > 0) {
      builder.setShardsTotal(settings.shards().total());
    }
    if (!settings.shards().isAll()) {
      builder.setShards(settings.shards().ids());
    }
    ShardManager shards;
    try {
      shards = builder.build();
    } catch (InvalidTokenException e) {
      workers.shutdownNow();
      timers.shutdownNow();
      throw new TokenRejectedException();
    }
    DiscordBot bot = new DiscordBot(shards, workers, timers, inFlight, settings.shutdownTimeout());
    try {
      for (JDA shard : shards.getShards()) {
        shard.awaitReady();
      }
    } catch (InterruptedException | RuntimeException e) {
      bot.close();
      throw e;
    }
    JDA first = shards.getShardById(0);
    if (first != null) {
      first
          .updateCommands()
          .addCommands(SlashCommands.of(router.specs()))
          .queue(
              done -> log.info("registered {} slash commands", done.size()),
              failure -> log.error("could not register slash commands: {}", failure.toString()));
    }
    log.info("connected to Discord: {} shard(s) ready", shards.getShardsRunning());
    return bot;
  }

  public ShardManager shards() {
    return shards;
  }

  /** Shards of this process that are connected right now. */
  public long connectedShards() {
    return shards.getShards().stream().filter(s -> s.getStatus() == JDA.Status.CONNECTED).count();
  }

  public List<JDA> shardList() {
    return shards.getShards();
  }

  /**
   * Stops taking interactions, lets the replies under way finish, then closes every shard; all
   * within the configured shutdown timeout.
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + shutdownTimeout.toNanos();
    try {
      boolean drained = inFlight.closeAndAwait(shutdownTimeout.multipliedBy(6).dividedBy(10));
      if (!drained) {
        log.warn("{} interaction(s) still unanswered at shutdown", inFlight.count());
      }
      workers.shutdown();
      timers.shutdown();
      shards.shutdown();
      for (JDA shard : shards.getShards()) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !shard.awaitShutdown(Duration.ofNanos(left))) {
          shard.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shards.getShards().forEach(JDA::shutdownNow);
    } finally {
      workers.shutdownNow();
      timers.shutdownNow();
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
    java.util.concurrent.atomic.AtomicInteger counter =
        new java.util.concurrent.atomic.AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + counter.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }
}
