package dev.aphorist.schedule;

import java.time.Duration;

/**
 * Delay before retrying a delivery after a transient failure: doubling from {@code first} up to
 * {@code max}. Retries stop at the end of the local day, whatever the delay.
 */
public record Backoff(Duration first, Duration max) {

  public Backoff {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "backoff needs 0 < first <= max, got " + first + ", " + max);
    }
  }

  /** The delay after the {@code attempts}-th failed attempt (1 for the first failure). */
  public Duration delayAfter(int attempts) {
    Duration delay = first;
    for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
