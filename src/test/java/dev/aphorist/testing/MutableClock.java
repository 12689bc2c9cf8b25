package dev.aphorist.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand. Clocks derived with {@link #withZone} share its time, so code that
 * asks for the date in a zone sees the test's time in that zone.
 */
public final class MutableClock extends Clock {

  private final Shared time;
  private final ZoneId zone;

  private static final class Shared {
    private volatile Instant now;

    Shared(Instant now) {
      this.now = now;
    }
  }

  public MutableClock(Instant start) {
    this(new Shared(start), ZoneOffset.UTC);
  }

  private MutableClock(Shared time, ZoneId zone) {
    this.time = time;
    this.zone = zone;
  }

  public synchronized void advance(Duration duration) {
    time.now = time.now.plus(duration);
  }

  public void set(Instant instant) {
    time.now = instant;
  }

  @Override
  public Instant instant() {
    return time.now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new MutableClock(time, other);
  }
}
