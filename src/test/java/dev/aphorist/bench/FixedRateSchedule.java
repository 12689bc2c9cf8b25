package dev.aphorist.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * When each send of an open-loop load is due: send i at start + i / rate seconds, whatever happened
 * to the sends before it. Latencies are measured from these due times, not from when a send really
 * left, so a stall of the generator (or of the system under test) is charged to every request it
 * delayed instead of being hidden (coordinated omission).
 */
record FixedRateSchedule(long startNanos, int perSecond, int count) {

  FixedRateSchedule {
    if (perSecond <= 0) {
      throw new IllegalArgumentException("rate must be positive: " + perSecond);
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
  }

  /** {@code seconds} of sends at {@code perSecond}, the first one {@code delayNanos} from now. */
  static FixedRateSchedule starting(long delayNanos, int perSecond, int seconds) {
    return new FixedRateSchedule(System.nanoTime() + delayNanos, perSecond, perSecond * seconds);
  }

  /** The nanoTime at which send {@code i} is due (computed from i, so no drift accumulates). */
  long dueAt(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException(i);
    }
    return startNanos + (long) i * 1_000_000_000L / perSecond;
  }

  /** The due time of the last send. */
  long end() {
    return count == 0 ? startNanos : dueAt(count - 1);
  }

  /** Sleeps until send {@code i} is due (returns at once when it is already late). */
  void awaitDue(int i) {
    long due = dueAt(i);
    while (true) {
      long left = due - System.nanoTime();
      if (left <= 0) {
        return;
      }
      LockSupport.parkNanos(left);
    }
  }
}
