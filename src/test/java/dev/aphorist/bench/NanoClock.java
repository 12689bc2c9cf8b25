package dev.aphorist.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that reads {@link System#nanoTime()}: monotonic and nanosecond-grained, so instants the
 * simulated Discord stamps with it (dispatch, callback arrival) convert back to exact nanoTime
 * values and can be compared with the load generator's schedule.
 */
final class NanoClock extends Clock {

  private final Instant base;
  private final long baseNanos;

  NanoClock() {
    this(Instant.now(), System.nanoTime());
  }

  NanoClock(Instant base, long baseNanos) {
    this.base = base;
    this.baseNanos = baseNanos;
  }

  @Override
  public Instant instant() {
    return at(System.nanoTime());
  }

  /** The instant this clock shows at the given nanoTime. */
  Instant at(long nanoTime) {
    return base.plusNanos(nanoTime - baseNanos);
  }

  /** The nanoTime at which this clock showed the instant. */
  long nanoTimeOf(Instant instant) {
    return baseNanos
        + (instant.getEpochSecond() - base.getEpochSecond()) * 1_000_000_000L
        + (instant.getNano() - base.getNano());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    NanoClock utc = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return utc.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return utc.withZone(other);
      }
    };
  }
}
