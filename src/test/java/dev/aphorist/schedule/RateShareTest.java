package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateShareTest {

  /**
   * The delivery_node table in memory. Every call is one statement, as on the database; {@link
   * #beforeCall} lets a test run another process's step between two of them.
   */
  private static final class Nodes implements NodeRegistry {
    final Map<String, NodeBeat> rows = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    Runnable beforeCall = () -> {};
    boolean sessionLost;

    private void step(String call) {
      Runnable hook = beforeCall;
      beforeCall = () -> {};
      hook.run();
      calls.add(call);
    }

    @Override
    public boolean heartbeat(String instanceId, Instant now, NodeState state) {
      step(instanceId + " " + state);
      NodeBeat old = rows.get(instanceId);
      rows.put(instanceId, new NodeBeat(instanceId, now, state, old != null && old.sessionEnded()));
      boolean continuous = !sessionLost;
      sessionLost = false;
      return continuous;
    }

    @Override
    public List<NodeBeat> beatSince(Instant since) {
      step("read");
      return rows.values().stream().filter(n -> n.lastSeen().isAfter(since)).toList();
    }

    @Override
    public void leave(String instanceId) {
      rows.remove(instanceId);
    }

    void put(String instanceId, Instant at, NodeState state, boolean sessionEnded) {
      rows.put(instanceId, new NodeBeat(instanceId, at, state, sessionEnded));
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

  /** Another process on the same table, with a limiter of its own. */
  private final FakeTicker otherTicker = new FakeTicker();

  private final RateLimiter otherLimiter = new RateLimiter(FULL, otherTicker);
  private final RateShare other = new RateShare(nodes, otherLimiter, SETTINGS, "other", clock);

  /** How long the next permit of {@code rateLimiter} waits. */
  private static Duration nextWait(RateLimiter rateLimiter, FakeTicker fakeTicker)
      throws InterruptedException {
    long before = fakeTicker.now;
    rateLimiter.acquire().close();
    return Duration.ofNanos(fakeTicker.now - before);
  }

  @Test
  void aJoiningProcessHalvesTheRateAtOnce() {
    assertThat(share.beat()).isEqualTo(1);
    assertThat(limiter.interval()).isEqualTo(FULL);

    nodes.put("other", clock.instant(), NodeState.ACTIVE, false);
    clock.advance(SETTINGS.heartbeat());

    assertThat(share.beat()).isEqualTo(2);
    assertThat(limiter.interval()).isEqualTo(FULL.multipliedBy(2));
  }

  @Test
  void aLateBeatDoesNotLetTheOthersSpeedUp() {
    nodes.put("other", clock.instant(), NodeState.ACTIVE, false);
    share.beat();
    // The other process is busy: its beats are many beats late, but it may still be sending.
    clock.advance(Duration.ofSeconds(20));

    assertThat(share.beat()).isEqualTo(2);
    assertThat(limiter.interval()).isEqualTo(FULL.multipliedBy(2));
  }

  @Test
  void aProcessSilentForLongerThanTheLeaseIsGone() {
    nodes.put("other", clock.instant(), NodeState.ACTIVE, false);
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
  void aProcessWhoseSessionEndedIsGoneAfterOneBeatNotAfterTheLease() {
    nodes.put("other", clock.instant(), NodeState.ACTIVE, false);
    share.beat();
    // Killed: its connection closed, its last beat is recent.
    nodes.put("other", clock.instant(), NodeState.ACTIVE, true);
    clock.advance(SETTINGS.heartbeat().dividedBy(2));

    assertThat(share.beat()).as("seen ended once: may be a connection being replaced").isEqualTo(2);
    clock.advance(SETTINGS.heartbeat());

    assertThat(share.beat()).isEqualTo(1);
    assertThat(limiter.interval()).isEqualTo(FULL);
  }

  @Test
  void aSessionSeenEndedOnceAndThenOpenAgainStillCounts() {
    nodes.put("other", clock.instant(), NodeState.ACTIVE, true);
    share.beat();
    clock.advance(SETTINGS.heartbeat());
    nodes.put("other", clock.instant(), NodeState.ACTIVE, false); // it opened another session
    share.beat();
    clock.advance(SETTINGS.heartbeat());
    nodes.put("other", clock.instant(), NodeState.ACTIVE, true);

    assertThat(share.beat()).as("ended again: a new observation, not the old one").isEqualTo(2);
  }

  @Test
  void aProcessThatCouldNotBeatRejoinsLikeANewOne() throws InterruptedException {
    nodes.put("other", clock.instant(), NodeState.ACTIVE, false);
    share.beat();
    limiter.acquire().close();
    // A long pause here: the other process has counted this one out and runs at the full rate.
    clock.advance(Duration.ofSeconds(31));
    nodes.put("other", clock.instant(), NodeState.ACTIVE, false);

    assertThat(share.beat()).isEqualTo(2);
    assertThat(nextWait(limiter, ticker)).isEqualTo(share.joinDelay());
  }

  @Test
  void aProcessWhoseSessionHadToBeOpenedAgainRejoinsLikeANewOne() throws InterruptedException {
    nodes.put("other", clock.instant(), NodeState.ACTIVE, false);
    share.beat();
    limiter.acquire().close();
    clock.advance(SETTINGS.heartbeat());
    nodes.sessionLost = true;

    share.beat();

    assertThat(nextWait(limiter, ticker)).isEqualTo(share.joinDelay());
  }

  @Test
  void aBeatOnTimeHoldsNothingBack() throws InterruptedException {
    share.beat();
    limiter.acquire().close();
    clock.advance(SETTINGS.heartbeat());

    share.beat();

    assertThat(nextWait(limiter, ticker)).isEqualTo(FULL);
  }

  @Test
  void aFixedShareIgnoresTheOthers() {
    RateShare fixed = new RateShare(nodes, limiter, SETTINGS.withRate(50, 0.5), "me", clock);
    nodes.put("a", clock.instant(), NodeState.ACTIVE, false);
    nodes.put("b", clock.instant(), NodeState.IDLE, false);

    fixed.beat();

    assertThat(limiter.interval().toNanos()).isEqualTo((long) Math.ceil(FULL.toNanos() / 0.5));
  }

  @Test
  void anIdleProcessGivesItsShareToTheBusyOnesWhoAnnounceItFirst() {
    nodes.put("a", clock.instant(), NodeState.IDLE, false);
    nodes.put("b", clock.instant(), NodeState.ACTIVE, false);
    share.beat();
    clock.advance(SETTINGS.heartbeat());
    nodes.calls.clear();

    assertThat(share.beat()).isEqualTo(3);

    assertThat(limiter.interval())
        .as("half: the idle one's third shared")
        .isEqualTo(FULL.multipliedBy(2));
    assertThat(nodes.calls).containsExactly("me ACTIVE", "read", "me BOOSTED", "read");
  }

  @Test
  void noBoostInTheFirstBeatOfWorkWhileTheOthersMayBeAMomentBehind() {
    other.beat();
    share.beat();
    other.workDone();
    share.workDone();
    clock.advance(Duration.ofMinutes(10));
    other.beat(); // idle all along

    share.workArrived(); // the fan-out's minute: the other one's work comes a moment later

    assertThat(limiter.interval()).isEqualTo(FULL.multipliedBy(2));
    assertThat(nodes.rows.get("me").state()).isEqualTo(NodeState.ACTIVE);
    clock.advance(SETTINGS.heartbeat());
    other.beat();
    share.beat();
    assertThat(limiter.interval()).as("a beat later, the other is still idle").isEqualTo(FULL);
  }

  @Test
  void aBoosterSlowsDownBeforeItStopsAnnouncing() {
    nodes.put("other", clock.instant(), NodeState.IDLE, false);
    share.beat();
    clock.advance(SETTINGS.heartbeat());
    share.beat();
    assertThat(limiter.interval()).isEqualTo(FULL);
    nodes.put("other", clock.instant(), NodeState.ACTIVE, false);
    clock.advance(SETTINGS.heartbeat());
    nodes.calls.clear();
    List<Duration> intervalWhenUnannouncing = new ArrayList<>();
    hookAt(nodes, 2, new int[1], () -> intervalWhenUnannouncing.add(limiter.interval()));

    share.beat();

    assertThat(nodes.calls).containsExactly("me BOOSTED", "read", "me ACTIVE");
    assertThat(intervalWhenUnannouncing).containsExactly(FULL.multipliedBy(2));
  }

  @Test
  void aProcessWithNoWorkTellsTheOthersAndTheyTakeItsShare() {
    other.beat();
    share.beat();
    assertThat(limiter.interval()).isEqualTo(FULL.multipliedBy(2));

    other.workDone();
    clock.advance(SETTINGS.heartbeat());
    share.beat();

    assertThat(nodes.rows.get("other").state()).isEqualTo(NodeState.IDLE);
    assertThat(nodes.rows.get("me").state()).isEqualTo(NodeState.BOOSTED);
    assertThat(limiter.interval()).isEqualTo(FULL);
  }

  @Test
  void workAfterIdlenessWaitsForABoosterToSeeIt() throws InterruptedException {
    other.beat();
    other.workDone();
    share.beat();
    clock.advance(SETTINGS.heartbeat());
    share.beat();
    otherLimiter.acquire().close();

    other.workArrived();

    assertThat(nodes.rows.get("other").state()).isEqualTo(NodeState.ACTIVE);
    assertThat(nextWait(otherLimiter, otherTicker)).isEqualTo(other.joinDelay());
    assertThat(otherLimiter.interval()).isEqualTo(FULL.multipliedBy(2));
    clock.advance(SETTINGS.heartbeat());
    share.beat();
    assertThat(limiter.interval())
        .as("the booster slowed down within the delay")
        .isEqualTo(FULL.multipliedBy(2));
    assertThat(nodes.rows.get("me").state()).isEqualTo(NodeState.ACTIVE);
  }

  @Test
  void workAfterIdlenessStartsAtOnceWhenNobodyIsBoosted() throws InterruptedException {
    other.beat();
    share.beat();
    other.workDone();
    otherLimiter.acquire().close();

    other.workArrived();

    assertThat(nextWait(otherLimiter, otherTicker)).isEqualTo(FULL.multipliedBy(2));
  }

  /**
   * The handshake, whatever the order: the idle process gets work before each step of the busy
   * one's beat, or after it. Either the busy one stays at its even share, or the other holds back
   * until the busy one's next beat has slowed it down; never both above their even shares at once.
   */
  @Test
  void aBoostAndAReturnFromIdlenessAtTheSameTimeNeverOverrunTheLimit() throws InterruptedException {
    int steps = 4; // heartbeat, read, announce, read again
    for (int at = 0; at <= steps; at++) {
      Nodes table = new Nodes();
      FakeTicker busyTicker = new FakeTicker();
      FakeTicker idleTicker = new FakeTicker();
      RateLimiter busyLimiter = new RateLimiter(FULL, busyTicker);
      RateLimiter idleLimiter = new RateLimiter(FULL, idleTicker);
      RateShare busy = new RateShare(table, busyLimiter, SETTINGS, "busy", clock);
      RateShare idle = new RateShare(table, idleLimiter, SETTINGS, "idle", clock);
      idle.beat();
      busy.beat(); // saw the other active: an even share
      idle.workDone();
      idleLimiter.acquire().close();
      clock.advance(SETTINGS.heartbeat());
      table.calls.clear();
      int[] calls = {0};
      hookAt(table, at, calls, idle::workArrived);

      busy.beat();
      if (calls[0] <= at) {
        table.beforeCall = () -> {};
        idle.workArrived(); // after the whole beat
      }

      boolean busyBoosted = busyLimiter.interval().equals(FULL);
      Duration idleWait = nextWait(idleLimiter, idleTicker);
      assertThat(!busyBoosted || idleWait.compareTo(idle.joinDelay()) >= 0)
          .as(
              "work before step %d of %s: busy boosted %s, idle waited %s",
              at, table.calls, busyBoosted, idleWait)
          .isTrue();
      assertThat(idleLimiter.interval()).isEqualTo(FULL.multipliedBy(2));
    }
  }

  /** Runs {@code step} just before the registry call number {@code at} (from 0). */
  private static void hookAt(Nodes table, int at, int[] count, Runnable step) {
    table.beforeCall =
        () -> {
          if (count[0]++ == at) {
            step.run();
          } else {
            hookAt(table, at, count, step);
          }
        };
  }
}
