package dev.aphorist.schedule;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Tuning of the scheduling and delivery engine. {@link #defaults()} suits production; tests shorten
 * the timings with the {@code with...} methods.
 *
 * @param instanceId this process's id in the Quartz cluster and in delivery leases; null to derive
 *     one from host name, process id and a random suffix (ids must differ between processes)
 * @param quartzThreads Quartz worker threads; its jobs only create delivery records, so few suffice
 * @param grace how long after its time a post missed during downtime is still made
 * @param sweepInterval how often each process checks every subscription for a due post without a
 *     record (the safety net under Quartz: downtime, misfires, DST days)
 * @param lease how long a dispatcher holds a delivery before another process may take it over
 * @param nonceWindow how long Discord is trusted to recognize a repeated nonce; an attempt with an
 *     unknown outcome older than this is not repeated blindly (see {@link QuotePoster#findPrior})
 * @param backoff delays between retries after transient failures
 * @param globalRateLimit requests per second the bot may make (Discord: 50)
 * @param rateMargin added to each second of the budget: slack for what the limiter cannot count one
 *     by one, such as a request the Discord client repeats by itself under one permit (20 ms:
 *     10,000 posts take 204 s instead of 200 s, plus one round trip per window). Late requests need
 *     no margin: each counts until it has been answered (see {@link RateLimiter}), and the client's
 *     own requests take permits too ({@link QotdEngine#clientRequestPermit})
 * @param rateShare this process's fixed share of the budget (0 to 1], or null to split it evenly
 *     among the live processes, counted through heartbeats
 * @param heartbeat how often a process records that it is alive; it counts as gone after three
 *     missed beats or the lease, whichever is longer (see {@code RateShare})
 * @param deliveryThreads threads making requests to Discord concurrently
 * @param idlePoll how often an idle dispatcher looks for deliveries made due by other processes
 * @param shards the servers this process delivers to: those of the Discord shards it runs
 */
public record ScheduleSettings(
    String instanceId,
    int quartzThreads,
    Duration grace,
    Duration sweepInterval,
    Duration lease,
    Duration nonceWindow,
    Backoff backoff,
    int globalRateLimit,
    Duration rateMargin,
    Double rateShare,
    Duration heartbeat,
    int deliveryThreads,
    Duration idlePoll,
    ShardScope shards) {

  public ScheduleSettings {
    if (quartzThreads < 1 || deliveryThreads < 1) {
      throw new IllegalArgumentException("scheduler thread counts must be at least 1");
    }
    if (shards == null) {
      throw new IllegalArgumentException("the shard scope is required (ShardScope.ALL for all)");
    }
    if (globalRateLimit < 1) {
      throw new IllegalArgumentException("global rate limit must be at least 1 per second");
    }
    if (rateShare != null && !(rateShare > 0 && rateShare <= 1)) {
      throw new IllegalArgumentException("rate share must be in (0, 1], got " + rateShare);
    }
    if (lease.compareTo(nonceWindow) >= 0) {
      // A crashed holder's delivery is taken over after the lease; repeating its request is safe
      // only while Discord still recognizes the nonce.
      throw new IllegalArgumentException(
          "delivery lease ("
              + lease
              + ") must be shorter than the nonce window ("
              + nonceWindow
              + ")");
    }
  }

  public static ScheduleSettings defaults() {
    return new ScheduleSettings(
        null,
        4,
        Duration.ofHours(3),
        Duration.ofSeconds(30),
        // Short, because a process that dies holds its share of the rate until its leases end
        // (RateShare), and a post takes milliseconds; a holder that is only slow loses nothing:
        // its request is repeated with the same nonce.
        Duration.ofSeconds(10),
        Duration.ofMinutes(2),
        new Backoff(Duration.ofSeconds(15), Duration.ofMinutes(10)),
        50,
        Duration.ofMillis(20),
        null,
        Duration.ofSeconds(2),
        16,
        Duration.ofMillis(500),
        ShardScope.ALL);
  }

  public ScheduleSettings withInstanceId(String value) {
    return edit(b -> b.instanceId = value);
  }

  public ScheduleSettings withGrace(Duration value) {
    return edit(b -> b.grace = value);
  }

  public ScheduleSettings withSweepInterval(Duration value) {
    return edit(b -> b.sweepInterval = value);
  }

  public ScheduleSettings withLease(Duration value) {
    return edit(b -> b.lease = value);
  }

  public ScheduleSettings withNonceWindow(Duration value) {
    return edit(b -> b.nonceWindow = value);
  }

  public ScheduleSettings withBackoff(Backoff value) {
    return edit(b -> b.backoff = value);
  }

  public ScheduleSettings withShards(ShardScope value) {
    return edit(b -> b.shards = value);
  }

  /** Discord's global limit for the bot, and this process's fixed share of it (null: split). */
  public ScheduleSettings withRate(int limit, Double share) {
    return edit(
        b -> {
          b.globalRateLimit = limit;
          b.rateShare = share;
        });
  }

  public ScheduleSettings withHeartbeat(Duration value) {
    return edit(b -> b.heartbeat = value);
  }

  public ScheduleSettings withDeliveryThreads(int value) {
    return edit(b -> b.deliveryThreads = value);
  }

  /** A copy with one change, checked by the constructor like any other. */
  private ScheduleSettings edit(Consumer<Builder> change) {
    Builder builder = new Builder(this);
    change.accept(builder);
    return builder.build();
  }

  private static final class Builder {
    String instanceId;
    int quartzThreads;
    Duration grace;
    Duration sweepInterval;
    Duration lease;
    Duration nonceWindow;
    Backoff backoff;
    int globalRateLimit;
    Duration rateMargin;
    Double rateShare;
    Duration heartbeat;
    int deliveryThreads;
    Duration idlePoll;
    ShardScope shards;

    Builder(ScheduleSettings from) {
      instanceId = from.instanceId;
      quartzThreads = from.quartzThreads;
      grace = from.grace;
      sweepInterval = from.sweepInterval;
      lease = from.lease;
      nonceWindow = from.nonceWindow;
      backoff = from.backoff;
      globalRateLimit = from.globalRateLimit;
      rateMargin = from.rateMargin;
      rateShare = from.rateShare;
      heartbeat = from.heartbeat;
      deliveryThreads = from.deliveryThreads;
      idlePoll = from.idlePoll;
      shards = from.shards;
    }

    ScheduleSettings build() {
      return new ScheduleSettings(
          instanceId,
          quartzThreads,
          grace,
          sweepInterval,
          lease,
          nonceWindow,
          backoff,
          globalRateLimit,
          rateMargin,
          rateShare,
          heartbeat,
          deliveryThreads,
          idlePoll,
          shards);
    }
  }
}
