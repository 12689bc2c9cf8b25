package dev.aphorist.schedule;

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
          long remaining;
          while ((remaining = nanos - System.nanoTime()) > 0) {
            Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
          }
        }
      };

  long nanos();

  void sleepUntil(long nanos) throws InterruptedException;
}
