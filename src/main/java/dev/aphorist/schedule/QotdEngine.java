package dev.aphorist.schedule;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quote-of-the-day engine of one process: Quartz triggers that make posts due, a sweep that
 * catches up what the triggers missed (downtime, DST gaps) within the grace window, and a
 * dispatcher that delivers due posts through the rate limiter and the {@link QuotePoster}. Several
 * processes may run it against one PostgreSQL database; each post is still made once.
 *
 * <p>Start it with {@link #start}, use {@link #subscriptions()} for the /qotd commands, and close
 * it at shutdown (Quartz threads keep the JVM alive otherwise).
 */
public final class QotdEngine implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(QotdEngine.class);

  private final String instanceId;
  private final DueMarker marker;
  private final QuartzTriggers triggers;
  private final DeliveryDispatcher dispatcher;
  private final RateShare rateShare;
  private final RateLimiter limiter;
  private final Deliverer deliverer;
  private final DeliveryStore deliveries;
  private final SubscriptionService service;
  private final ScheduledExecutorService housekeeping;
  private final ScheduledExecutorService heartbeats;
  private final Clock clock;
  private final AtomicBoolean sweepRequested = new AtomicBoolean();
  private final AtomicBoolean deliveryStarted = new AtomicBoolean();

  private QotdEngine(
      DataSource dataSource,
      SubscriptionStore subscriptions,
      DeliveryStore deliveries,
      NodeRegistry nodes,
      QuoteChooser chooser,
      QuotePoster poster,
      ScheduleSettings settings,
      Clock clock) {
    this.instanceId = settings.instanceId() != null ? settings.instanceId() : generatedInstanceId();
    this.deliveries = deliveries;
    this.clock = clock;
    this.limiter =
        new RateLimiter(
            RateLimiter.interval(
                settings.globalRateLimit(), Duration.ofSeconds(1), settings.rateMargin()),
            Duration.ofSeconds(1).plus(settings.rateMargin()),
            Ticker.SYSTEM);
    this.rateShare = new RateShare(nodes, limiter, settings, instanceId, clock);
    this.marker =
        new DueMarker(
            subscriptions,
            deliveries,
            new CatchUpPolicy(settings.grace()),
            clock,
            this::wakeDispatcher,
            this::requestSweep);
    this.triggers =
        QuartzTriggers.create(
            dataSource,
            instanceId,
            settings.quartzThreads(),
            settings.heartbeat().toMillis() * 2,
            marker);
    this.deliverer =
        new Deliverer(
            subscriptions,
            deliveries,
            chooser,
            poster,
            triggers,
            limiter,
            settings,
            instanceId,
            clock);
    this.dispatcher =
        new DeliveryDispatcher(deliveries, deliverer, rateShare, instanceId, settings, clock);
    this.service = new SubscriptionService(subscriptions, deliveries, triggers, clock);
    this.housekeeping =
        Executors.newScheduledThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "qotd-housekeeping-" + instanceId);
              t.setDaemon(true);
              return t;
            });
    // A thread of its own: sweeps over thousands of subscriptions (a periodic one and a requested
    // one at once) took both housekeeping threads for over 30 s on PostgreSQL under load, the beat
    // stopped, and each process counted the other out and posted at the full rate: 429s.
    this.heartbeats =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "qotd-heartbeat-" + instanceId);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts everything but the deliveries ({@link #startDelivering}): joins the processes sharing
   * the rate limit, reconciles triggers with the stored subscriptions, starts Quartz and marks the
   * posts missed while no process was running. Meanwhile the Discord client can connect, its
   * requests paced by {@link #clientRequestPermit}.
   */
  public static QotdEngine open(
      DataSource dataSource,
      SubscriptionStore subscriptions,
      DeliveryStore deliveries,
      NodeRegistry nodes,
      QuoteChooser chooser,
      QuotePoster poster,
      ScheduleSettings settings,
      Clock clock) {
    QotdEngine engine =
        new QotdEngine(
            dataSource, subscriptions, deliveries, nodes, chooser, poster, settings, clock);
    try {
      engine.startUp(settings, subscriptions);
      return engine;
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  private void startUp(ScheduleSettings settings, SubscriptionStore subscriptions) {
    int live = rateShare.beat();
    if (live > 1) {
      // Nothing is sent, neither a post nor the Discord client's own requests, until the others
      // have slowed down at their first beat after ours, whatever this process does meanwhile.
      limiter.pauseFor(rateShare.joinDelay());
    }
    // Beat from the start: reconciling thousands of triggers takes a while, and the others must
    // not take this process for gone meanwhile.
    heartbeats.scheduleWithFixedDelay(
        this::beat,
        settings.heartbeat().toMillis(),
        settings.heartbeat().toMillis(),
        TimeUnit.MILLISECONDS);
    triggers.reconcile(subscriptions.listActive());
    triggers.start();
    int caughtUp = marker.sweep();
    housekeeping.scheduleWithFixedDelay(
        this::sweep,
        settings.sweepInterval().toMillis(),
        settings.sweepInterval().toMillis(),
        TimeUnit.MILLISECONDS);
    log.info(
        "qotd engine {} started: {} posts caught up at start-up, {} process(es) share the rate limit",
        instanceId,
        caughtUp,
        live);
  }

  /** Starts posting the deliveries that are due; idempotent. */
  public void startDelivering() {
    if (deliveryStarted.compareAndSet(false, true)) {
      dispatcher.start();
    }
  }

  /**
   * A permit for a request the Discord client makes on its own (logging in, registering commands),
   * from the same limiter as the posts: Discord counts them against the same global limit. Close it
   * once the request has been answered.
   */
  public RateLimiter.Permit clientRequestPermit() throws InterruptedException {
    return limiter.acquire();
  }

  /** The /qotd command operations. */
  public SubscriptionService subscriptions() {
    return service;
  }

  /**
   * Discord answered a request of this bot with a global 429 that the Discord client waits out and
   * retries by itself. The client then releases the requests it held all at once: at most the ones
   * that had their permit when the 429 came. So no post starts until {@code retryAfter} plus one
   * interval for each of those has passed, or that burst plus the usual pace would overrun
   * Discord's sliding second and earn the next 429.
   */
  public void holdRequests(Duration retryAfter) {
    int held = Math.max(1, deliverer.postsInFlight());
    log.warn(
        "Discord's global rate limit was hit: holding scheduled posts back {} plus {} interval(s)",
        retryAfter,
        held);
    limiter.pauseFor(retryAfter.plus(limiter.interval().multipliedBy(held)));
  }

  /** This process's id in the Quartz cluster and in delivery leases. */
  public String instanceId() {
    return instanceId;
  }

  /** Runs the catch-up sweep now (it also runs periodically); returns posts made due. */
  public int sweepNow() {
    int due = marker.sweep();
    deliveries.expireEndedDays(clock.instant());
    return due;
  }

  QuartzTriggers triggers() {
    return triggers;
  }

  private void beat() {
    try {
      rateShare.beat();
    } catch (RuntimeException e) {
      log.warn("heartbeat failed: {}", e.getMessage());
    }
  }

  private void sweep() {
    try {
      sweepNow();
    } catch (RuntimeException e) {
      log.warn("sweep failed: {}", e.getMessage());
    }
  }

  /**
   * Runs a sweep soon, once however many triggers ask: when thousands of subscriptions are due the
   * same minute, Quartz fires them at a few hundred per second at best (a dozen per second seen on
   * clustered PostgreSQL), while one sweep makes them all due in a few seconds.
   */
  private void requestSweep() {
    if (sweepRequested.compareAndSet(false, true)) {
      try {
        housekeeping.execute(
            () -> {
              sweepRequested.set(false);
              sweep();
            });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        sweepRequested.set(false); // shutting down
      }
    }
  }

  private void wakeDispatcher() {
    if (dispatcher != null) {
      dispatcher.wakeUp();
    }
  }

  /** Stops delivering (letting requests in flight finish), stops Quartz, leaves the cluster. */
  @Override
  public void close() {
    housekeeping.shutdownNow();
    dispatcher.close();
    heartbeats.shutdownNow();
    triggers.close();
    try {
      rateShare.leave();
    } catch (RuntimeException e) {
      log.warn("leaving the delivery nodes failed: {}", e.getMessage());
    }
    log.info("qotd engine {} stopped", instanceId);
  }

  private static String generatedInstanceId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "host";
    }
    String pid = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
    return host
        + "-"
        + pid
        + "-"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16));
  }
}
