package dev.aphorist.command.quote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops one member from flooding a channel with public quotes: after a post, the same member waits
 * {@code cooldown} before posting again in that channel. Other members and channels are unaffected.
 */
final class Cooldowns {

  private record Key(long userId, long channelId) {}

  /** Above this many entries, expired ones are swept so the map never grows without bound. */
  private static final int SWEEP_ABOVE = 10_000;

  private final Clock clock;
  private final Duration cooldown;
  private final ConcurrentHashMap<Key, Instant> lastPost = new ConcurrentHashMap<>();

  Cooldowns(Clock clock, Duration cooldown) {
    this.clock = clock;
    this.cooldown = cooldown;
  }

  /**
   * Records a post if the member may post now; otherwise how long they still have to wait. Atomic
   * per member and channel, so two quick presses cannot both get through.
   */
  Optional<Duration> tryPost(long userId, long channelId) {
    if (cooldown.isZero()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Duration[] wait = new Duration[1];
    lastPost.compute(
        new Key(userId, channelId),
        (key, last) -> {
          if (last != null && last.plus(cooldown).isAfter(now)) {
            wait[0] = Duration.between(now, last.plus(cooldown));
            return last;
          }
          return now;
        });
    if (lastPost.size() > SWEEP_ABOVE) {
      lastPost.values().removeIf(last -> !last.plus(cooldown).isAfter(now));
    }
    return Optional.ofNullable(wait[0]);
  }

  /** "24 seconds", "2 minutes": whole units, rounded up so nobody is told to retry too early. */
  static String describe(Duration wait) {
    long seconds = (wait.toMillis() + 999) / 1000;
    if (seconds < 60) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    long minutes = (seconds + 59) / 60;
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }
}
