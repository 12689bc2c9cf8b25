package dev.aphorist.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits Discord's global rate limit among the processes that share the bot.
 *
 * <p>With a fixed share, this process's limiter runs at {@code share × limit}. Otherwise each
 * process beats a heartbeat into the database and runs at {@code limit / live processes}, or more
 * when some of them are idle. The rule throughout: slowing down is immediate, speeding up waits
 * until nobody can still be counting on the old split.
 *
 * <ul>
 *   <li><b>Joining.</b> A process counts at its first beat and holds back its first request until
 *       the others have beaten once and slowed down ({@link #joinDelay()}).
 *   <li><b>Leaving.</b> A process counts as gone when its last beat is older than {@link
 *       #goneAfter()} (never sooner than the delivery lease: a beat that is merely late on a busy
 *       machine must not let the others double their rate while it is still sending), or when the
 *       database has shown its session ended for a whole beat (a killed process's connection closes
 *       at once; a process that only lost that connection notices at its own next beat, opens
 *       another and holds back like a joining one). A process that itself could not beat for that
 *       long rejoins like a new one.
 *   <li><b>Idle processes.</b> Each shard's posts can only be made by the process running it, so
 *       one that has finished its part of a fan-out while another still has thousands to make gives
 *       its share away: it beats {@link NodeState#IDLE}, and the busy ones split the whole budget.
 *       A busy process first announces {@link NodeState#BOOSTED}, then looks at the others again,
 *       and speeds up only if they are still idle; an idle process that gets work first says {@link
 *       NodeState#ACTIVE}, then looks, and waits a join delay if anyone is boosted. Each writes
 *       before it reads, so of two doing this at once at least one sees the other: either the
 *       booster does not speed up, or the other waits until the booster has slowed down.
 * </ul>
 */
final class RateShare {

  private static final Logger log = LoggerFactory.getLogger(RateShare.class);

  private final NodeRegistry nodes;
  private final RateLimiter limiter;
  private final ScheduleSettings settings;
  private final String instanceId;
  private final Clock clock;
  private final Duration fullInterval;

  /** Since when each process's session has been seen ended. */
  private final Map<String, Instant> sessionEndedSince = new HashMap<>();

  /** Whether this process wants a share: from its start, and while its dispatcher has work. */
  private boolean wantsShare = true;

  /** Whether the others were last told that this process wants a share. */
  private boolean toldActive;

  /** Since when the others have been told that this process wants a share. */
  private Instant activeSince;

  private boolean boostAnnounced;
  private Instant lastBeat;
  private String lastShare = "";

  RateShare(
      NodeRegistry nodes,
      RateLimiter limiter,
      ScheduleSettings settings,
      String instanceId,
      Clock clock) {
    this.nodes = nodes;
    this.limiter = limiter;
    this.settings = settings;
    this.instanceId = instanceId;
    this.clock = clock;
    this.fullInterval =
        RateLimiter.interval(
            settings.globalRateLimit(), Duration.ofSeconds(1), settings.rateMargin());
  }

  /** Beats and adjusts the limiter; returns how many processes are live, this one included. */
  synchronized int beat() {
    return update();
  }

  /** The dispatcher has claimed work: take a share again if this process had given it away. */
  synchronized void workArrived() {
    wantsShare = true;
    if (!toldActive) {
      updateOrLog();
    }
  }

  /** The dispatcher found nothing to claim and has nothing in flight: give the share away. */
  synchronized void workDone() {
    wantsShare = false;
    if (toldActive) {
      updateOrLog();
    }
  }

  private void updateOrLog() {
    try {
      update();
    } catch (RuntimeException e) {
      log.warn("heartbeat failed: {}", e.getMessage());
    }
  }

  private int update() {
    Instant now = clock.instant();
    boolean resumed = wantsShare && !toldActive;
    boolean continuous;
    List<NodeBeat> others;
    try {
      continuous = nodes.heartbeat(instanceId, now, stateFor(wantsShare));
      if (wantsShare && !toldActive) {
        activeSince = now;
      }
      toldActive = wantsShare;
      others = liveOthers(now);
    } catch (RuntimeException e) {
      if (resumed) {
        // Nothing is sent until the others have heard that this process is busy again.
        limiter.pauseFor(joinDelay());
      }
      throw e;
    }
    boolean countedOut =
        !continuous || (lastBeat != null && lastBeat.plus(goneAfter()).isBefore(now));
    lastBeat = now;
    if (settings.rateShare() != null) {
      limiter.setInterval(
          Duration.ofNanos((long) Math.ceil(fullInterval.toNanos() / settings.rateShare())));
      return 1;
    }
    if (countedOut) {
      log.warn(
          "the others may have counted this process out (no heartbeat for more than {}, or its"
              + " database session ended): holding requests back {}",
          goneAfter(),
          joinDelay());
      limiter.pauseFor(joinDelay());
    } else if (resumed && others.stream().anyMatch(n -> n.state() == NodeState.BOOSTED)) {
      // Someone runs on this process's share: let it see ACTIVE and slow down first.
      limiter.pauseFor(joinDelay());
    }
    // No boost in the first beat of work: at a fan-out's minute every shard's posts come due within
    // a second or two, and boosting ahead of the others would make each of them, a moment behind,
    // hold back a join delay while this process soon slows down again.
    boolean settled = !activeSince.plus(settings.heartbeat()).isAfter(now);
    if (!wantsShare) {
      boostAnnounced = false;
      setShare(1 + others.size(), others);
    } else if (settled && idleCount(others) > 0) {
      if (!boostAnnounced) {
        nodes.heartbeat(instanceId, now, NodeState.BOOSTED); // tell before looking again
        boostAnnounced = true;
        others = liveOthers(now);
      }
      setShare(1 + others.size() - idleCount(others), others);
    } else {
      setShare(1 + others.size(), others);
      if (boostAnnounced) {
        nodes.heartbeat(instanceId, now, NodeState.ACTIVE); // after slowing down, never before
        boostAnnounced = false;
      }
    }
    return 1 + others.size();
  }

  private NodeState stateFor(boolean wanted) {
    if (!wanted) {
      return NodeState.IDLE;
    }
    return boostAnnounced ? NodeState.BOOSTED : NodeState.ACTIVE;
  }

  /** The other processes that still count: beat recently, and session not ended for a beat. */
  private List<NodeBeat> liveOthers(Instant now) {
    List<NodeBeat> live = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (NodeBeat node : nodes.beatSince(now.minus(goneAfter()))) {
      if (node.instanceId().equals(instanceId)) {
        continue;
      }
      listed.add(node.instanceId());
      if (node.sessionEnded()) {
        Instant since = sessionEndedSince.computeIfAbsent(node.instanceId(), id -> now);
        if (!since.plus(settings.heartbeat()).isAfter(now)) {
          continue;
        }
      } else {
        sessionEndedSince.remove(node.instanceId());
      }
      live.add(node);
    }
    sessionEndedSince.keySet().retainAll(listed);
    return live;
  }

  private static int idleCount(List<NodeBeat> others) {
    return (int) others.stream().filter(n -> n.state() == NodeState.IDLE).count();
  }

  /** Runs at 1/{@code divisor} of the limit. */
  private void setShare(int divisor, List<NodeBeat> others) {
    limiter.setInterval(fullInterval.multipliedBy(divisor));
    int live = 1 + others.size();
    // Logged when the rate changes, not at every turn between idle and busy.
    String share = divisor + "/" + live;
    if (wantsShare && !share.equals(lastShare)) {
      log.info(
          "delivery rate: 1/{} of {} per second ({} process(es) live, {} idle)",
          divisor,
          settings.globalRateLimit(),
          live,
          idleCount(others));
      lastShare = share;
    }
  }

  /** How long a process may go without a beat before the others take over its share. */
  Duration goneAfter() {
    Duration threeBeats = settings.heartbeat().multipliedBy(3);
    return threeBeats.compareTo(settings.lease()) > 0 ? threeBeats : settings.lease();
  }

  /**
   * How long a joining process waits before its first request: long enough for every other process
   * to have beaten once and slowed down to the new share.
   */
  Duration joinDelay() {
    return settings.rateShare() != null
        ? Duration.ZERO
        : settings.heartbeat().multipliedBy(3).dividedBy(2);
  }

  void leave() {
    nodes.leave(instanceId);
  }
}
