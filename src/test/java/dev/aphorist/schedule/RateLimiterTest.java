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
      limiter.acquire().close();
      grants.add(ticker.now);
    }
    for (int i = 50; i < grants.size(); i++) {
      // The 51st grant after any grant comes a full second later or more.
      assertThat(grants.get(i) - grants.get(i - 50)).isGreaterThanOrEqualTo(1_000_000_000L);
    }
    // ... and no slower than that: 500 grants take 499 intervals (a window of one interval has no
    // slow start).
    assertThat(grants.get(499) - grants.get(0)).isEqualTo(499L * 20_000_000L);
  }

  @Test
  void noBurstAfterIdleTime() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(Duration.ofMillis(100), ticker);
    limiter.acquire().close();
    ticker.now += 10_000_000_000L; // ten idle seconds
    long before = ticker.now;
    limiter.acquire().close();
    limiter.acquire().close();
    assertThat(ticker.now - before).isEqualTo(100_000_000L);
  }

  @Test
  void aBurstAfterAWindowOfIdleTimeStartsAtHalfTheRate() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = fiftyPerSecond(ticker);
    List<Long> gaps = new ArrayList<>();
    long last = ticker.now;
    for (int i = 0; i < 60; i++) {
      limiter.acquire().close();
      gaps.add(ticker.now - last);
      last = ticker.now;
    }
    // Permits 2 to 26 (after the first 25) come two intervals apart, then one.
    assertThat(gaps.subList(1, 26)).containsOnly(2 * INTERVAL);
    assertThat(gaps.subList(26, 60)).containsOnly(INTERVAL);

    ticker.now += WINDOW / 2; // a short gap: the burst goes on at full rate
    limiter.acquire().close();
    long afterShortGap = ticker.now;
    limiter.acquire().close();
    assertThat(ticker.now - afterShortGap).isEqualTo(INTERVAL);

    ticker.now += 2 * WINDOW; // idle for more than a window: slow again
    limiter.acquire().close();
    long afterIdle = ticker.now;
    limiter.acquire().close();
    assertThat(ticker.now - afterIdle).isEqualTo(2 * INTERVAL);
  }

  @Test
  void pauseHoldsEveryPermitBack() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(Duration.ofMillis(10), ticker);
    long start = ticker.now;
    limiter.pauseFor(Duration.ofSeconds(1));
    limiter.acquire().close();
    assertThat(ticker.now - start).isEqualTo(1_000_000_000L);
  }

  @Test
  void longerIntervalSlowsDown() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(Duration.ofMillis(10), ticker);
    limiter.acquire().close();
    limiter.setInterval(Duration.ofMillis(20));
    limiter.acquire().close(); // the slot reserved under the old interval
    long before = ticker.now;
    limiter.acquire().close();
    assertThat(ticker.now - before).isEqualTo(20_000_000L);
  }

  private static final long INTERVAL = 21_000_000L; // 50 per 1.05 s
  private static final long WINDOW = 1_050_000_000L;

  private static RateLimiter fiftyPerSecond(FakeTicker ticker) {
    return new RateLimiter(Duration.ofNanos(INTERVAL), Duration.ofNanos(WINDOW), ticker);
  }

  /** Takes the first permits of a fresh limiter, which come at half the rate (slow start). */
  private static void pastTheSlowStart(RateLimiter limiter) throws InterruptedException {
    for (int i = 0; i <= 25; i++) {
      limiter.acquire().close();
    }
  }

  @Test
  void wakeUpLatenessDoesNotAddUp() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    ticker.lateness = () -> 2_000_000L; // every wake-up 2 ms late
    RateLimiter limiter = fiftyPerSecond(ticker);
    pastTheSlowStart(limiter);
    List<Long> grants = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      limiter.acquire().close();
      grants.add(ticker.now);
    }
    // Spaced from each late grant, 999 permits would take 999 × 23 ms; on the grid they take
    // 999 × 21 ms plus one lateness per window of 50.
    assertThat(grants.get(999) - grants.get(0))
        .isLessThanOrEqualTo(999 * INTERVAL + 20 * 2_000_000L);
    for (int i = 50; i < grants.size(); i++) {
      assertThat(grants.get(i) - grants.get(i - 50)).isGreaterThanOrEqualTo(WINDOW);
    }
  }

  @Test
  void noWindowEverHoldsMoreThanItsShareWhateverTheLateness() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    java.util.Random random = new java.util.Random(42);
    // Mostly small delays, now and then a long stall, then a permit on time.
    ticker.lateness =
        () ->
            random.nextInt(10) == 0
                ? random.nextInt(80_000_000)
                : random.nextInt(3) == 0 ? 0 : random.nextInt(6_000_000);
    RateLimiter limiter = fiftyPerSecond(ticker);
    List<Long> grants = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      limiter.acquire().close();
      grants.add(ticker.now);
    }
    for (int i = 1; i < grants.size(); i++) {
      // A late permit is caught up by at most a quarter of an interval: no bunching.
      assertThat(grants.get(i) - grants.get(i - 1)).isGreaterThanOrEqualTo(INTERVAL * 3 / 4);
      if (i >= 50) {
        assertThat(grants.get(i) - grants.get(i - 50)).isGreaterThanOrEqualTo(WINDOW);
      }
    }
  }

  @Test
  void aStallIsNotMadeUpWithABurst() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = fiftyPerSecond(ticker);
    pastTheSlowStart(limiter);
    long[] late = {200_000_000L};
    ticker.lateness =
        () -> {
          long l = late[0];
          late[0] = 0;
          return l;
        };
    limiter.acquire().close(); // 200 ms late
    long stalled = ticker.now;
    limiter.acquire().close();
    limiter.acquire().close();
    assertThat(ticker.now - stalled).isEqualTo(2 * INTERVAL - INTERVAL / 4);
  }

  @Test
  void aShorterShareOfTheWindowHoldsAtOnce() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = fiftyPerSecond(ticker);
    List<Long> grants = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      limiter.acquire().close();
      grants.add(ticker.now);
    }
    limiter.setInterval(Duration.ofNanos(2 * INTERVAL)); // a second process joined
    for (int i = 0; i < 50; i++) {
      limiter.acquire().close();
      grants.add(ticker.now);
    }
    for (int i = 25; i < grants.size(); i++) {
      if (grants.get(i - 25) >= grants.get(50)) {
        assertThat(grants.get(i) - grants.get(i - 25)).isGreaterThanOrEqualTo(WINDOW);
      }
    }
    assertThat(grants.get(99) - grants.get(50)).isEqualTo(49 * 2 * INTERVAL);
  }

  @Test
  void anUnansweredRequestKeepsItsPlaceUntilOneWindowAfterItsAnswer() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(Duration.ofMillis(100), ticker); // one per 100 ms
    RateLimiter.Permit first = limiter.acquire();
    long answeredAt = ticker.now + 300_000_000L; // when the waiting caller looks again
    ticker.afterSleep =
        () -> {
          if (ticker.now >= answeredAt) {
            first.close();
          }
        };

    limiter.acquire().close();

    assertThat(ticker.now).isEqualTo(answeredAt + 100_000_000L);
  }

  @Test
  void closingAPermitTwiceFreesOnePlace() throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(Duration.ofMillis(100), Duration.ofMillis(200), ticker);
    RateLimiter.Permit first = limiter.acquire();
    first.close();
    first.close();
    RateLimiter.Permit second = limiter.acquire();
    long start = ticker.now;
    ticker.afterSleep = second::close; // answered at the first look after its grant

    limiter.acquire().close();

    // The window holds two: the second's place and the first's (until 200 ms after its answer).
    assertThat(ticker.now - start).isEqualTo(100_000_000L);
  }

  @Test
  void noWindowAtDiscordHoldsMoreThanTheLimitHoweverLateRequestsArrive()
      throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    java.util.Random random = new java.util.Random(7);
    RateLimiter limiter = fiftyPerSecond(ticker);
    List<Long> arrivals = new ArrayList<>();
    java.util.Map<RateLimiter.Permit, Long> answers = new java.util.HashMap<>();
    ticker.afterSleep =
        () ->
            answers
                .entrySet()
                .removeIf(
                    answer -> {
                      if (answer.getValue() > ticker.now) {
                        return false;
                      }
                      answer.getKey().close();
                      return true;
                    });
    for (int i = 0; i < 5000; i++) {
      RateLimiter.Permit permit = limiter.acquire();
      // On its way: mostly a few milliseconds, now and then a stall of up to 400 ms (in the
      // client, the network or Discord); the answer comes back a little after the arrival.
      long onItsWay =
          random.nextInt(8) == 0 ? random.nextInt(400_000_000) : random.nextInt(5_000_000);
      long arrival = ticker.now + onItsWay;
      arrivals.add(arrival);
      answers.put(permit, arrival + random.nextInt(3_000_000));
    }
    java.util.Collections.sort(arrivals);
    for (int i = 50; i < arrivals.size(); i++) {
      // Any 51 arrivals span at least a window: no sliding window of Discord's holds 51.
      assertThat(arrivals.get(i) - arrivals.get(i - 50)).isGreaterThanOrEqualTo(WINDOW);
    }
  }
}
