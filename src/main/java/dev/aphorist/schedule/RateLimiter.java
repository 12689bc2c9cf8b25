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
 * <p>After a window or more without permits, the next half window's worth of permits comes at half
 * the rate (a slow start). The first posts of a fan-out take a cold path (classes loaded, code not
 * yet compiled, connections opened) and can reach Discord a hundred milliseconds late, together
 * with the later ones sent on time: through the simulated Discord, which counts a sliding second at
 * arrival, both 429s of a 10,000-post run came 1.25 s into the fan-out. The slow start costs half a
 * window per fan-out.
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

  /** The permit count at which the slow start after idle time ends. */
  private long slowUntil;

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
            long now = ticker.nanos();
            if (idleForAWindow(now)) {
              slowUntil = grantCount + perWindow / 2;
            }
            grant(Math.max(slot, arrived), now);
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

  /** No permit in the last window: a burst that starts now starts cold. */
  private boolean idleForAWindow(long now) {
    return grantCount == 0
        || now - granted[(int) ((grantCount - 1) % granted.length)] > windowNanos;
  }

  /** Records a permit meant for {@code scheduled} and really granted at {@code now}. */
  private void grant(long scheduled, long now) {
    long step = grantCount < slowUntil ? 2 * intervalNanos : intervalNanos;
    long tolerated = intervalNanos / 4;
    nextFree = Math.max(scheduled + step, now + step - tolerated);
    granted[(int) (grantCount % granted.length)] = now;
    grantCount++;
  }
}
