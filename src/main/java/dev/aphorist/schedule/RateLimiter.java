package dev.aphorist.schedule;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Spaces requests evenly, one permit every {@code interval}, handed out first come, first served,
 * with no bursts after idle time. It also keeps any {@code window} of Discord's to at most {@code
 * window / interval} requests, counted where Discord counts them: on arrival, which this process
 * cannot see. Discord's global limit of 50 per second is such a sliding window.
 *
 * <p>Three rules together give both the limit and the throughput:
 *
 * <ul>
 *   <li>The permits follow a grid of one per interval. A thread that wakes a little late for its
 *       permit (on a busy machine: a few milliseconds, at almost every permit) does not move the
 *       grid, up to a quarter of an interval; only lateness beyond that (a stall) pushes it back.
 *       Moving the grid by every wake-up's lateness made 10,000 permits at 50 per second take 229 s
 *       instead of 210 s.
 *   <li>A request counts from its permit until one window after its answer ({@link Permit#close}),
 *       and a permit is granted only while fewer than {@code n = window / interval} requests count.
 *       A request reaches Discord somewhere between the two, so any window Discord checks holds at
 *       most n of this limiter's requests, however late some of them arrive: a request held up on
 *       its way (a stall in the client, the network or Discord itself) keeps its place until it has
 *       been answered, instead of bunching up with the ones sent on time after it. Counting from
 *       the permit alone needed a margin as long as the longest such delay; with 50 ms, 10,000-post
 *       runs through the simulated Discord still earned up to 11 429s from stalls longer than that.
 *   <li>After a window or more without permits, the next half window's worth of permits comes at
 *       half the rate (a slow start). The first posts of a fan-out take a cold path (classes
 *       loaded, code not yet compiled, connections opened) and reached the simulated Discord a
 *       hundred milliseconds late, together with the later ones sent on time: both 429s of a
 *       10,000-post run came 1.25 s into the fan-out, before requests counted until their answer.
 *       The slow start costs half a window per fan-out.
 * </ul>
 *
 * <p>One limiter is shared by all delivery threads of a process and by the Discord client's own
 * requests ({@link QotdEngine#clientRequestPermit}); processes sharing a bot split the budget by
 * lengthening their intervals (see {@link RateShare}).
 */
public final class RateLimiter {

  private final Ticker ticker;
  private final long windowNanos;

  /** Fair: waiting callers take their permits first come, first served. */
  private final ReentrantLock turn = new ReentrantLock(true);

  private long intervalNanos;

  /** How many requests one window may hold: {@code window / interval}, at least 1. */
  private int perWindow;

  /** The next point of the grid, or the end of a pause. */
  private long nextFree;

  /** Permits granted whose requests have not been answered yet. */
  private int unanswered;

  /**
   * When each answered request stops counting (its answer plus one window), oldest first: answers
   * are recorded at the ticker's time, which never goes back, so adding at the end keeps the order.
   */
  private final ArrayDeque<Long> countsUntil = new ArrayDeque<>();

  private boolean everGranted;
  private long lastGrant;

  /** The permit count at which the slow start after idle time ends. */
  private long slowUntil;

  private long grantCount;

  /** A limiter spacing permits {@code interval} apart, with no window beyond one interval. */
  public RateLimiter(Duration interval, Ticker ticker) {
    this(interval, interval, ticker);
  }

  /**
   * A limiter spacing permits {@code interval} apart and holding any {@code window} to at most
   * {@code window / interval} requests (for 50 per second with a 20 ms margin: interval 20.4 ms,
   * window 1.02 s).
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
  }

  public synchronized Duration interval() {
    return Duration.ofNanos(intervalNanos);
  }

  /**
   * Waits for the next permit. Callers are served one at a time in the order they arrive; a caller
   * that finds the limiter idle starts a new grid from the moment it arrived, so idle time never
   * becomes a burst. The caller closes the permit once its request has been answered, failed or
   * been given up on.
   */
  public Permit acquire() throws InterruptedException {
    turn.lockInterruptibly();
    try {
      long arrived = ticker.nanos();
      while (true) {
        long slot;
        synchronized (this) {
          slot = earliest(ticker.nanos());
        }
        ticker.sleepUntil(slot);
        synchronized (this) {
          long now = ticker.nanos();
          if (earliest(now) <= slot) {
            if (idleForAWindow(now)) {
              slowUntil = grantCount + perWindow / 2;
            }
            grant(Math.max(slot, arrived), now);
            return new Permit();
          }
          // A pause, a longer interval or a request still unanswered moved the next permit out.
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

  /** A request's place in the window, from its permit until one window after its answer. */
  public final class Permit implements AutoCloseable {
    private boolean answered;

    private Permit() {}

    /** The request has been answered (or has failed): it counts for one more window. */
    @Override
    public void close() {
      synchronized (RateLimiter.this) {
        if (!answered) {
          answered = true;
          unanswered--;
          countsUntil.addLast(ticker.nanos() + windowNanos);
        }
      }
    }
  }

  private long earliest(long now) {
    while (!countsUntil.isEmpty() && countsUntil.peekFirst() <= now) {
      countsUntil.pollFirst();
    }
    int mustEnd = unanswered + countsUntil.size() - perWindow + 1;
    if (mustEnd <= 0) {
      return nextFree;
    }
    if (mustEnd > countsUntil.size()) {
      // Only an answer can make room; look again one interval from now.
      return Math.max(nextFree, now + intervalNanos);
    }
    Iterator<Long> oldestFirst = countsUntil.iterator();
    long end = oldestFirst.next();
    for (int i = 1; i < mustEnd; i++) {
      end = oldestFirst.next();
    }
    return Math.max(nextFree, end);
  }

  /** No permit in the last window: a burst that starts now starts cold. */
  private boolean idleForAWindow(long now) {
    return !everGranted || now - lastGrant > windowNanos;
  }

  /** Records a permit meant for {@code scheduled} and really granted at {@code now}. */
  private void grant(long scheduled, long now) {
    long step = grantCount < slowUntil ? 2 * intervalNanos : intervalNanos;
    long tolerated = intervalNanos / 4;
    nextFree = Math.max(scheduled + step, now + step - tolerated);
    everGranted = true;
    lastGrant = now;
    unanswered++;
    grantCount++;
  }
}
