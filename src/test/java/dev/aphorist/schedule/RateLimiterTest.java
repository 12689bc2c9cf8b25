package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void intervalForFiftyPerSecondWithMargin() {
    assertThat(RateLimiter.interval(50, Duration.ofSeconds(1), Duration.ofMillis(20)))
        .isEqualTo(Duration.ofMillis(20).plusNanos(400_000));
  }

  @Test
  void neverMoreThanTheLimitInAnySlidingWindow() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter =
        new RateLimiter(RateLimiter.interval(50, Duration.ofSeconds(1), Duration.ZERO), ticker);
    List<Long> grants = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      limiter.acquire();
      grants.add(ticker.now);
    }
    for (int i = 50; i < grants.size(); i++) {
      // The 51st grant after any grant comes a full second later or more.
      assertThat(grants.get(i) - grants.get(i - 50)).isGreaterThanOrEqualTo(1_000_000_000L);
    }
    // ... and no slower than that: 500 grants take 499 intervals.
    assertThat(grants.get(499) - grants.get(0)).isEqualTo(499L * 20_000_000L);
  }

  @Test
  void noBurstAfterIdleTime() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(Duration.ofMillis(100), ticker);
    limiter.acquire();
    ticker.now += 10_000_000_000L; // ten idle seconds
    long before = ticker.now;
    limiter.acquire();
    limiter.acquire();
    assertThat(ticker.now - before).isEqualTo(100_000_000L);
  }

  @Test
  void pauseHoldsEveryPermitBack() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(Duration.ofMillis(10), ticker);
    long start = ticker.now;
    limiter.pauseFor(Duration.ofSeconds(1));
    limiter.acquire();
    assertThat(ticker.now - start).isEqualTo(1_000_000_000L);
  }

  @Test
  void longerIntervalSlowsDown() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(Duration.ofMillis(10), ticker);
    limiter.acquire();
    limiter.setInterval(Duration.ofMillis(20));
    limiter.acquire(); // the slot reserved under the old interval
    long before = ticker.now;
    limiter.acquire();
    assertThat(ticker.now - before).isEqualTo(20_000_000L);
  }
}
