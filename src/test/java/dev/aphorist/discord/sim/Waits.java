package dev.aphorist.discord.sim;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Awaitility with a short poll interval: a simulated round trip takes milliseconds, not 100 ms. */
final class Waits {
  private static final Duration POLL = Duration.ofMillis(5);

  private Waits() {}

  static ConditionFactory upTo(Duration timeout) {
    return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(POLL).atMost(timeout);
  }
}
