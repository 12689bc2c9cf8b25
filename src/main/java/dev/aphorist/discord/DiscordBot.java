package dev.aphorist.discord;

import dev.aphorist.command.CommandRouter;
import dev.aphorist.config.AphoristConfig;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
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
import okhttp3.OkHttpClient;
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
  private final AtomicReference<CommandRouter> router;
  private final ExecutorService workers;
  private final ScheduledExecutorService timers;
  private final InFlight inFlight;
  private final Duration shutdownTimeout;
  private final GlobalRateLimitWatch globalRateLimits;
  private final PacedRequests pacedRequests;
  private boolean loggedIn;

  private DiscordBot(
      ShardManager shards,
      AtomicReference<CommandRouter> router,
      ExecutorService workers,
      ScheduledExecutorService timers,
      InFlight inFlight,
      Duration shutdownTimeout,
      GlobalRateLimitWatch globalRateLimits,
      PacedRequests pacedRequests) {
    this.shards = shards;
    this.globalRateLimits = globalRateLimits;
    this.pacedRequests = pacedRequests;
    this.router = router;
    this.workers = workers;
    this.timers = timers;
    this.inFlight = inFlight;
    this.shutdownTimeout = shutdownTimeout;
  }

  /**
   * Prepares the connection without logging in, so that what needs the shard manager (the channel
   * checks and the quote poster behind the command handlers) can be built before {@link #start}.
   */
  public static DiscordBot create(AphoristConfig.Discord settings) throws TokenRejectedException {
    GlobalRateLimitWatch globalRateLimits = new GlobalRateLimitWatch();
    PacedRequests pacedRequests = new PacedRequests();
    // Only the GUILDS events are needed: no message content, no presences, no member lists.
    DefaultShardManagerBuilder builder =
        DefaultShardManagerBuilder.createLight(
                settings.token().reveal(), EnumSet.noneOf(GatewayIntent.class))
            .setMemberCachePolicy(MemberCachePolicy.NONE)
            .setChunkingFilter(ChunkingFilter.NONE)
            .enableCache(CacheFlag.MEMBER_OVERRIDES)
            .setEnableShutdownHook(false)
            .setRestConfig(new RestConfig().setBaseUrl(settings.restUrl().toString()))
            .setHttpClientBuilder(
                new OkHttpClient.Builder()
                    .addInterceptor(pacedRequests)
                    .addInterceptor(globalRateLimits))
            .setCompression(settings.compressGateway() ? Compression.ZLIB : Compression.NONE);
    // The router is known only at start(); the listener reads it when an interaction arrives,
    // which cannot happen before login.
    AtomicReference<CommandRouter> router = new AtomicReference<>();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            Math.max(4, Runtime.getRuntime().availableProcessors() * 2),
            daemonThreads("aphorist-interaction"));
    ScheduledExecutorService timers =
        Executors.newSingleThreadScheduledExecutor(daemonThreads("aphorist-ack-timer"));
    InFlight inFlight = new InFlight();
    builder.addEventListeners(
        new InteractionListener(router::get, workers, timers, ACK_BUDGET, inFlight));
    if (settings.shards().total() > 0) {
      builder.setShardsTotal(settings.shards().total());
    }
    if (!settings.shards().isAll()) {
      builder.setShards(settings.shards().ids());
    }
    ShardManager shards;
    try {
      shards = builder.build(false);
    } catch (InvalidTokenException e) {
      workers.shutdownNow();
      timers.shutdownNow();
      throw new TokenRejectedException();
    }
    return new DiscordBot(
        shards,
        router,
        workers,
        timers,
        inFlight,
        settings.shutdownTimeout(),
        globalRateLimits,
        pacedRequests);
  }

  /**
   * Starts connecting every shard of this process, without waiting for them: start-up work that
   * does not need Discord (loading the corpus, building the index, opening the database) can then
   * run while the shards connect. Interactions that arrive before {@link #start} are answered with
   * a short "starting" message.
   *
   * @throws TokenRejectedException when Discord refuses the token
   */
  public synchronized void login() throws TokenRejectedException {
    if (loggedIn) {
      return;
    }
    try {
      shards.login();
      loggedIn = true;
    } catch (InvalidTokenException e) {
      close();
      throw new TokenRejectedException();
    }
  }

  /**
   * Puts {@code router} behind the interaction events, logs in unless {@link #login} already did,
   * waits until every shard of this process is ready, and registers the slash commands (from the
   * process that runs shard 0, so several processes do not race to register them).
   *
   * @throws TokenRejectedException when Discord refuses the token
   */
  public void start(CommandRouter router) throws TokenRejectedException, InterruptedException {
    this.router.set(router);
    login();
    try {
      for (JDA shard : shards.getShards()) {
        shard.awaitReady();
      }
    } catch (InvalidTokenException e) {
      close();
      throw new TokenRejectedException();
    } catch (InterruptedException | RuntimeException e) {
      close();
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
  }

  /** Creates and starts in one step, for callers that need nothing in between. */
  public static DiscordBot start(AphoristConfig.Discord settings, CommandRouter router)
      throws TokenRejectedException, InterruptedException {
    DiscordBot bot = create(settings);
    bot.start(router);
    return bot;
  }

  /** Discord's global 429s seen by this bot (JDA retries them without telling the caller). */
  public GlobalRateLimitWatch globalRateLimits() {
    return globalRateLimits;
  }

  /** Paces the client's own requests (logging in, registering commands) with the posts' limiter. */
  public PacedRequests pacedRequests() {
    return pacedRequests;
  }

  public ShardManager shards() {
    return shards;
  }

  /** Shards of this process that are connected right now. */
  public long connectedShards() {
    return shardList().stream().filter(s -> s.getStatus() == JDA.Status.CONNECTED).count();
  }

  /** The shards of this process; none before login (JDA creates its shard cache then). */
  public List<JDA> shardList() {
    return shards.getShardCache() == null ? List.of() : shards.getShards();
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
      for (JDA shard : shardList()) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !shard.awaitShutdown(Duration.ofNanos(left))) {
          shard.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shardList().forEach(JDA::shutdownNow);
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
