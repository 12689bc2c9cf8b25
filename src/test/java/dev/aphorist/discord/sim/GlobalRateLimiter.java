package dev.aphorist.discord.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Discord's global limit of N requests per second per bot token, enforced strictly: at most N
 * accepted requests arrive in any sliding one-second window. Rejected requests do not count.
 */
final class GlobalRateLimiter {
  private static final long WINDOW_NANOS = 1_000_000_000L;

  private final int perSecond;
  private final Map<String, Deque<Long>> arrivals = new HashMap<>();

  GlobalRateLimiter(int perSecond) {
    if (perSecond < 1) {
      throw new IllegalArgumentException("requests per second must be at least 1");
    }
    this.perSecond = perSecond;
  }

  int perSecond() {
    return perSecond;
  }

  /** Empty when the request may pass (and is counted), else the nanoseconds until it could. */
  synchronized OptionalLong tryAcquire(String token, long nowNanos) {
    Deque<Long> window = arrivals.computeIfAbsent(token, t -> new ArrayDeque<>());
    while (!window.isEmpty() && nowNanos - window.peekFirst() >= WINDOW_NANOS) {
      window.pollFirst();
    }
    if (window.size() < perSecond) {
      window.addLast(nowNanos);
      return OptionalLong.empty();
    }
    return OptionalLong.of(window.peekFirst() + WINDOW_NANOS - nowNanos);
  }
}
