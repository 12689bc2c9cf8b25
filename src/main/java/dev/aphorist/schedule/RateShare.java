package dev.aphorist.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits Discord's global rate limit among the processes that share the bot.
 *
 * <p>With a fixed share, this process's limiter runs at {@code share × limit}. Otherwise each
 * process beats a heartbeat into the database and runs at {@code limit / live processes}: a process
 * that dies stops beating and the others take over its share after three missed beats; a process
 * that joins starts at its share at once and holds back its first request until the others have
 * seen it (see {@link #joinDelay()}).
 */
final class RateShare {

  private static final Logger log = LoggerFactory.getLogger(RateShare.class);

  private final NodeRegistry nodes;
  private final RateLimiter limiter;
  private final ScheduleSettings settings;
  private final String instanceId;
  private final Clock clock;
  private final Duration fullInterval;
  private int lastShareOf = -1;

  RateShare(
      NodeRegistry nodes,
      RateLimiter limiter,
      ScheduleSettings settings,
      String instanceId,
      Clock clock) {
    this.nodes = nodes;
    this.limiter = limiter;
    this.settings = settings;
    this.instanceId = instanceId;
    this.clock = clock;
    this.fullInterval =
        RateLimiter.interval(
            settings.globalRateLimit(), Duration.ofSeconds(1), settings.rateMargin());
  }

  /** Beats and adjusts the limiter; returns how many processes share the budget. */
  int beat() {
    Instant now = clock.instant();
    nodes.heartbeat(instanceId, now);
    if (settings.rateShare() != null) {
      limiter.setInterval(
          Duration.ofNanos((long) Math.ceil(fullInterval.toNanos() / settings.rateShare())));
      return 1;
    }
    int live = Math.max(1, nodes.liveSince(now.minus(settings.heartbeat().multipliedBy(3))));
    limiter.setInterval(fullInterval.multipliedBy(live));
    if (live != lastShareOf) {
      log.info("delivery rate: 1/{} of {} per second", live, settings.globalRateLimit());
      lastShareOf = live;
    }
    return live;
  }

  /**
   * How long a joining process waits before its first request: long enough for every other process
   * to have beaten once and slowed down to the new share.
   */
  Duration joinDelay() {
    return settings.rateShare() != null
        ? Duration.ZERO
        : settings.heartbeat().multipliedBy(3).dividedBy(2);
  }

  void leave() {
    nodes.leave(instanceId);
  }
}
