package dev.aphorist.schedule;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Spaces requests evenly: one permit every {@code interval}, handed out first come, first served,
 * with no bursts after idle time, and never more than {@code window / interval} permits in any
 * {@code window} - what a sliding-window rate limit such as Discord's global 50 per second checks.
 * The window is one second plus a small margin that absorbs the jitter between taking a permit and
 * the request reaching Discord.
 *
 * <p>Two rules together give both the limit and the throughput:
 *
 * <ul>
 *   <li>The permits follow a grid of one per interval. A thread that wakes a little late for its
 *       permit (on a busy machine: a few milliseconds, at almost every permit) does not move the
 *       grid, up to a quarter of an interval; only lateness beyond that (a stall) pushes it back.
 *       Moving the grid by every wake-up's lateness made 10,000 permits at 50 per second take 229 s
 *       instead of 210 s.
 *   <li>Whatever the lateness, a permit never comes sooner than {@code window} after the permit
 *       {@code n} places before it ({@code n = window / interval}): any window holds at most n
 *       permits, so a late permit followed by one on time can never squeeze more than the limit
 *       into the window Discord checks.
 * </ul>
 *
 * <p>One limiter is shared by all delivery threads of a process; processes sharing a bot split the
 * budget by lengthening their intervals (see {@link RateShare}).
 */
public final class RateLimiter {

  private final Ticker ticker;
  private final long windowNanos;

  /** Fair: waiting callers take their permits first come, first served. */
  private final ReentrantLock turn = new ReentrantLock(true);

  private long intervalNanos;

  /** How many permits one window holds: {@code window / interval}, at least 1. */
  private int perWindow;

  /** The next point of the grid, or the end of a pause. */
  private long nextFree;

  /** The times of the last permits granted, a ring of at least {@link #perWindow} entries. */
  private long[] granted = new long[1];

  private long grantCount;

  /** A limiter spacing permits {@code interval} apart, with no window beyond one interval. */
  public RateLimiter(Duration interval, Ticker ticker) {
    this(interval, interval, ticker);
  }

  /**
   * A limiter spacing permits {@code interval} apart and holding any {@code window} to at most
   * {@code window / interval} permits (for 50 per second with a 50 ms margin: interval 21 ms,
   * window 1.05 s).
   */
  public RateLimiter(Duration interval, Duration window, Ticker ticker) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("rate limiter window must be positive: " + window);
    }
    this.ticker = ticker;
    this.windowNanos = window.toNanos();
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
    this.perWindow = (int) Math.max(1, Math.min(1_000_000, windowNanos / intervalNanos));
    if (granted.length < perWindow) {
      long[] larger = new long[perWindow];
      int kept = (int) Math.min(grantCount, granted.length);
      for (long i = grantCount - kept; i < grantCount; i++) {
        larger[(int) (i % perWindow)] = granted[(int) (i % granted.length)];
      }
      granted = larger;
    }
  }

  public synchronized Duration interval() {
    return Duration.ofNanos(intervalNanos);
  }

  /**
   * Waits for the next permit. Callers are served one at a time in the order they arrive; a caller
   * that finds the limiter idle starts a new grid from the moment it arrived, so idle time never
   * becomes a burst.
   */
  public void acquire() throws InterruptedException {
    turn.lockInterruptibly();
    try {
      long arrived = ticker.nanos();
      while (true) {
        long slot;
        synchronized (this) {
          slot = earliest();
        }
        ticker.sleepUntil(slot);
        synchronized (this) {
          if (earliest() <= slot) {
            grant(Math.max(slot, arrived), ticker.nanos());
            return;
          }
          // A pause or a longer interval moved the next permit further out while we slept.
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

  private long earliest() {
    if (grantCount < perWindow) {
      return nextFree;
    }
    long windowStart = granted[(int) ((grantCount - perWindow) % granted.length)];
    return Math.max(nextFree, windowStart + windowNanos);
  }

  /** Records a permit meant for {@code scheduled} and really granted at {@code now}. */
  private void grant(long scheduled, long now) {
    long tolerated = intervalNanos / 4;
    nextFree = Math.max(scheduled + intervalNanos, now + intervalNanos - tolerated);
    granted[(int) (grantCount % granted.length)] = now;
    grantCount++;
  }
}
