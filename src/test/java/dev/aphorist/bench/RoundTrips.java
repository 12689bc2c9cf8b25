package dev.aphorist.bench;

import dev.aphorist.bench.InteractionMix.Kind;
import dev.aphorist.bench.LoadGenerator.Sent;
import dev.aphorist.discord.sim.InteractionResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * The round trips of one load run: for each interaction sent, from the time it was due (the
 * schedule's, not when it really left) to the moment the simulated Discord received the bot's
 * initial callback (reply, update, defer or suggestions), read from the simulator's record of that
 * callback, which it stamps with a {@link NanoClock} on arrival.
 *
 * @param sent interactions dispatched
 * @param answered those with an accepted initial callback
 * @param rejected callbacks the simulator refused (late, twice, wrong type): a bot bug if not zero
 * @param deferred answered with a deferral (type 5 or 6): the answer itself took longer than the
 *     bot's acknowledgement budget
 * @param all latencies of every answered interaction
 * @param fromDispatch the same, but from the moment the simulator really dispatched each one: what
 *     the bot and the connection took, without the generator's own delays (not corrected for
 *     coordinated omission, so for explaining only)
 * @param byKind latencies per kind of interaction
 * @param maxDispatchLagNanos the largest delay between a send's due time and its dispatch: how far
 *     the generator itself fell behind its schedule
 */
record RoundTrips(
    int sent,
    int answered,
    int rejected,
    int deferred,
    LatencyStats all,
    LatencyStats fromDispatch,
    Map<Kind, LatencyStats> byKind,
    long maxDispatchLagNanos) {

  int unanswered() {
    return sent - answered;
  }

  /**
   * Waits until every interaction has an accepted initial callback or {@code patience} has passed
   * since the last one was due; returns how many are still unanswered.
   */
  static int awaitAnswers(List<Sent> sent, Duration patience) {
    long lastDue = sent.stream().mapToLong(Sent::dueNanos).max().orElse(System.nanoTime());
    long deadline = Math.max(lastDue, System.nanoTime()) + patience.toNanos();
    int unanswered = sent.size();
    while (System.nanoTime() < deadline) {
      unanswered = (int) sent.stream().filter(s -> !s.interaction().isAcknowledged()).count();
      if (unanswered == 0) {
        return 0;
      }
      LockSupport.parkNanos(20_000_000L);
    }
    return unanswered;
  }

  static RoundTrips measure(List<Sent> sent, NanoClock clock) {
    List<Long> all = new ArrayList<>(sent.size());
    List<Long> fromDispatch = new ArrayList<>(sent.size());
    Map<Kind, List<Long>> byKind = new EnumMap<>(Kind.class);
    int rejected = 0;
    int deferred = 0;
    long maxLag = 0;
    for (Sent one : sent) {
      long dispatched = clock.nanoTimeOf(one.interaction().dispatchedAt());
      maxLag = Math.max(maxLag, dispatched - one.dueNanos());
      List<InteractionResponse> callbacks =
          one.interaction().responses().stream()
              .filter(r -> r.kind() == InteractionResponse.Kind.CALLBACK)
              .toList();
      rejected += (int) callbacks.stream().filter(r -> !r.accepted()).count();
      Optional<InteractionResponse> first =
          callbacks.stream().filter(InteractionResponse::accepted).findFirst();
      if (first.isEmpty()) {
        continue;
      }
      int type = first.get().callbackType();
      if (type == 5 || type == 6) {
        deferred++;
      }
      long arrived = clock.nanoTimeOf(first.get().at());
      long latency = arrived - one.dueNanos();
      all.add(latency);
      fromDispatch.add(arrived - dispatched);
      byKind.computeIfAbsent(one.kind(), k -> new ArrayList<>()).add(latency);
    }
    Map<Kind, LatencyStats> stats = new EnumMap<>(Kind.class);
    byKind.forEach((kind, values) -> stats.put(kind, LatencyStats.of(toArray(values))));
    return new RoundTrips(
        sent.size(),
        all.size(),
        rejected,
        deferred,
        LatencyStats.of(toArray(all)),
        LatencyStats.of(toArray(fromDispatch)),
        stats,
        maxLag);
  }

  private static long[] toArray(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }
}
