package dev.aphorist.schedule;

/** A ticker whose sleeping moves time forward instantly. */
final class FakeTicker implements Ticker {
  long now = 1_000_000_000L;

  /** How late each sleep wakes up, as a busy machine's threads do; 0 by default. */
  java.util.function.LongSupplier lateness = () -> 0;

  /** Runs after each sleep, at the new time: what other threads did meanwhile. */
  Runnable afterSleep = () -> {};

  @Override
  public long nanos() {
    return now;
  }

  @Override
  public void sleepUntil(long nanos) {
    now = Math.max(now, nanos + lateness.getAsLong());
    afterSleep.run();
  }
}
