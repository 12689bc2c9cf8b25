package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateShareTest {

  /** Heartbeats kept in memory, as the delivery_node table keeps them. */
  private static final class Nodes implements NodeRegistry {
    final Map<String, Instant> lastSeen = new HashMap<>();

    @Override
    public void heartbeat(String instanceId, Instant now) {
      lastSeen.put(instanceId, now);
    }

    @Override
    public int liveSince(Instant since) {
      return (int) lastSeen.values().stream().filter(seen -> seen.isAfter(since)).count();
    }

    @Override
    public void leave(String instanceId) {
      lastSeen.remove(instanceId);
    }
  }

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final ScheduleSettings SETTINGS =
      ScheduleSettings.defaults()
          .withHeartbeat(Duration.ofSeconds(2))
          .withLease(Duration.ofSeconds(30));
  private static final Duration FULL =
      RateLimiter.interval(50, Duration.ofSeconds(1), SETTINGS.rateMargin());

  private final MutableClock clock = new MutableClock(T0);
  private final Nodes nodes = new Nodes();
  private final FakeTicker ticker = new FakeTicker();
  private final RateLimiter limiter = new RateLimiter(FULL, ticker);
  private final RateShare share = new RateShare(nodes, limiter, SETTINGS, "me", clock);

  @Test
  void aJoiningProcessHalvesTheRateAtOnce() {
    assertThat(share.beat()).isEqualTo(1);
    assertThat(limiter.interval()).isEqualTo(FULL);

    nodes.heartbeat("other", clock.instant());
    clock.advance(SETTINGS.heartbeat());

    assertThat(share.beat()).isEqualTo(2);
    assertThat(limiter.interval()).isEqualTo(FULL.multipliedBy(2));
  }

  @Test
  void aLateBeatDoesNotLetTheOthersSpeedUp() {
    nodes.heartbeat("other", clock.instant());
    share.beat();
    // The other process is busy: its beats are many beats late, but it may still be sending.
    clock.advance(Duration.ofSeconds(20));

    assertThat(share.beat()).isEqualTo(2);
    assertThat(limiter.interval()).isEqualTo(FULL.multipliedBy(2));
  }

  @Test
  void aProcessSilentForLongerThanTheLeaseIsGone() {
    nodes.heartbeat("other", clock.instant());
    share.beat();
    for (int beat = 0; beat < 16; beat++) {
      clock.advance(SETTINGS.heartbeat());
      share.beat();
    }

    assertThat(share.goneAfter()).isEqualTo(SETTINGS.lease());
    assertThat(share.beat()).isEqualTo(1);
    assertThat(limiter.interval()).isEqualTo(FULL);
  }

  @Test
  void threeMissedBeatsDecideWhenTheLeaseIsShorter() {
    RateShare quick =
        new RateShare(
            nodes,
            limiter,
            SETTINGS.withHeartbeat(Duration.ofSeconds(20)).withLease(Duration.ofSeconds(30)),
            "me",
            clock);

    assertThat(quick.goneAfter()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aProcessThatCouldNotBeatRejoinsLikeANewOne() throws InterruptedException {
    nodes.heartbeat("other", clock.instant());
    share.beat();
    limiter.acquire();
    // A long pause here: the other process has counted this one out and runs at the full rate.
    clock.advance(Duration.ofSeconds(31));
    nodes.heartbeat("other", clock.instant());
    long before = ticker.now;

    assertThat(share.beat()).isEqualTo(2);
    limiter.acquire();

    assertThat(Duration.ofNanos(ticker.now - before)).isEqualTo(share.joinDelay());
  }

  @Test
  void aBeatOnTimeHoldsNothingBack() throws InterruptedException {
    share.beat();
    limiter.acquire();
    clock.advance(SETTINGS.heartbeat());
    long before = ticker.now;

    share.beat();
    limiter.acquire();

    assertThat(Duration.ofNanos(ticker.now - before)).isEqualTo(FULL);
  }

  @Test
  void aFixedShareIgnoresTheOthers() {
    RateShare fixed = new RateShare(nodes, limiter, SETTINGS.withRate(50, 0.5), "me", clock);
    nodes.heartbeat("a", clock.instant());
    nodes.heartbeat("b", clock.instant());

    fixed.beat();

    assertThat(limiter.interval().toNanos()).isEqualTo((long) Math.ceil(FULL.toNanos() / 0.5));
  }
}
