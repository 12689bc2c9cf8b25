package dev.aphorist.schedule;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Spaces requests evenly: one permit every {@code interval}, handed out first come, first served,
 * with no bursts after idle time. Spacing rather than a bucket keeps any window of {@code n ×
 * interval} to at most n requests, which is what a sliding-window rate limit such as Discord's
 * global 50 per second checks; the small margin added to the interval absorbs the jitter between
 * taking a permit and the request reaching Discord.
 *
 * <p>One limiter is shared by all delivery threads of a process; processes sharing a bot split the
 * budget by lengthening their intervals (see {@link RateShare}).
 */
public final class RateLimiter {

  private final Ticker ticker;

  /** Fair: waiting callers take their permits first come, first served. */
  private final ReentrantLock turn = new ReentrantLock(true);

  private long intervalNanos;
  private long nextFree;

  public RateLimiter(Duration interval, Ticker ticker) {
    this.ticker = ticker;
    this.nextFree = ticker.nanos();
    setInterval(interval);
  }

  /** The interval for {@code limit} requests per {@code window}, plus {@code margin}. */
  public static Duration interval(int limit, Duration window, Duration margin) {
    if (limit < 1) {
      throw new IllegalArgumentException(
          "a rate limit must allow at least 1 request, got " + limit);
    }
    return window.plus(margin).dividedBy(limit);
  }

  public synchronized void setInterval(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("rate limiter interval must be positive: " + interval);
    }
    this.intervalNanos = interval.toNanos();
  }

  public synchronized Duration interval() {
    return Duration.ofNanos(intervalNanos);
  }

  /**
   * Waits for the next permit. Callers are served one at a time in the order they arrive, and each
   * permit is spaced from the moment the previous one was really granted: a caller that wakes late
   * pushes the next ones back instead of letting them bunch up behind it.
   */
  public void acquire() throws InterruptedException {
    turn.lockInterruptibly();
    try {
      while (true) {
        long slot;
        synchronized (this) {
          slot = nextFree;
        }
        ticker.sleepUntil(slot);
        synchronized (this) {
          if (nextFree <= slot) {
            nextFree = ticker.nanos() + intervalNanos;
            return;
          }
          // A pause moved the next permit further out while we slept: wait for it.
        }
      }
    } finally {
      turn.unlock();
    }
  }

  /** Holds every permit back for {@code pause}: Discord asked all requests to wait. */
  public synchronized void pauseFor(Duration pause) {
    nextFree = Math.max(nextFree, ticker.nanos() + pause.toNanos());
  }
}
