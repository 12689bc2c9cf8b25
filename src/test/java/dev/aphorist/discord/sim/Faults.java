package dev.aphorist.discord.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Faults queued for REST routes: the next N answers of a route (or of any route with {@link
 * RestRoute#ANY}) get the fault, or every answer until {@link #clear()}. A route's own queue is
 * consulted before the ANY queue.
 */
public final class Faults {
  private final Map<RestRoute, Deque<Entry>> queues = new EnumMap<>(RestRoute.class);

  private static final class Entry {
    final Fault fault;
    int remaining; // -1: until cleared

    Entry(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  Faults() {}

  /** The next {@code count} requests to the route get the fault. */
  public synchronized Faults next(RestRoute route, int count, Fault fault) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    queues.computeIfAbsent(route, r -> new ArrayDeque<>()).add(new Entry(fault, count));
    return this;
  }

  /** The next {@code count} requests to any route get the fault. */
  public Faults next(int count, Fault fault) {
    return next(RestRoute.ANY, count, fault);
  }

  /** Every request to the route gets the fault until {@link #clear()} (an outage). */
  public synchronized Faults always(RestRoute route, Fault fault) {
    queues.computeIfAbsent(route, r -> new ArrayDeque<>()).add(new Entry(fault, -1));
    return this;
  }

  public synchronized void clear() {
    queues.clear();
  }

  /** How many counted faults are still waiting (faults set with always() not included). */
  public synchronized int pending() {
    return queues.values().stream()
        .flatMap(Deque::stream)
        .mapToInt(e -> Math.max(e.remaining, 0))
        .sum();
  }

  synchronized Optional<Fault> take(RestRoute route) {
    Optional<Fault> own = takeFrom(route);
    return own.isPresent() ? own : takeFrom(RestRoute.ANY);
  }

  private Optional<Fault> takeFrom(RestRoute route) {
    Deque<Entry> queue = queues.get(route);
    if (queue == null || queue.isEmpty()) {
      return Optional.empty();
    }
    Entry head = queue.peek();
    if (head.remaining > 0 && --head.remaining == 0) {
      queue.poll();
    }
    return Optional.of(head.fault);
  }
}
