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
 * process beats a heartbeat into the database and runs at {@code limit / live processes}.
 *
 * <p>Slowing down is immediate, speeding up is not: a process that joins counts at its first beat
 * and holds back its first request until the others have seen it (see {@link #joinDelay()}), but a
 * process counts as gone only when its last beat is older than {@link #goneAfter()}, never sooner
 * than the delivery lease. A beat that is merely late on a busy machine must not let the others
 * double their rate while it is still sending; and a dead process's deliveries cannot be taken over
 * before its lease runs out anyway, so waiting that long costs nothing. For the same reason a
 * process that itself could not beat for that long (a long GC pause, a lost database) may have been
 * counted out by the others: it rejoins like a new process.
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
  private Instant lastBeat;

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
  synchronized int beat() {
    Instant now = clock.instant();
    nodes.heartbeat(instanceId, now);
    boolean wasCountedOut = lastBeat != null && lastBeat.plus(goneAfter()).isBefore(now);
    lastBeat = now;
    if (settings.rateShare() != null) {
      limiter.setInterval(
          Duration.ofNanos((long) Math.ceil(fullInterval.toNanos() / settings.rateShare())));
      return 1;
    }
    if (wasCountedOut) {
      log.warn(
          "no heartbeat for more than {}: holding requests back {} until the others count this"
              + " process again",
          goneAfter(),
          joinDelay());
      limiter.pauseFor(joinDelay());
    }
    int live = Math.max(1, nodes.liveSince(now.minus(goneAfter())));
    limiter.setInterval(fullInterval.multipliedBy(live));
    if (live != lastShareOf) {
      log.info("delivery rate: 1/{} of {} per second", live, settings.globalRateLimit());
      lastShareOf = live;
    }
    return live;
  }

  /** How long a process may go without a beat before the others take over its share. */
  Duration goneAfter() {
    Duration threeBeats = settings.heartbeat().multipliedBy(3);
    return threeBeats.compareTo(settings.lease()) > 0 ? threeBeats : settings.lease();
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
