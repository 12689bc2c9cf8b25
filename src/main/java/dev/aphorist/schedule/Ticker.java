package dev.aphorist.schedule;

import java.util.concurrent.locks.LockSupport;

/** A monotonic clock that can also wait, so the rate limiter can be tested without sleeping. */
public interface Ticker {

  Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanos() {
          return System.nanoTime();
        }

        @Override
        public void sleepUntil(long nanos) throws InterruptedException {
          // parkNanos, not Thread.sleep: on Java 17 sleep(ms, ns) rounds to whole milliseconds,
          // which made almost every permit of the rate limiter wake up to a millisecond late.
          long remaining;
          while ((remaining = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.interrupted()) {
              throw new InterruptedException();
            }
          }
        }
      };

  long nanos();

  void sleepUntil(long nanos) throws InterruptedException;
}
