package dev.aphorist.discord.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What tests look back at: REST requests, schema violations, gateway dispatches, 429 counts. */
final class Recorder {
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final List<SchemaViolation> violations = new ArrayList<>();
  private final List<GatewayEvent> events = new ArrayList<>();
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicInteger rateLimited = new AtomicInteger();
  private final AtomicInteger globalRateLimited = new AtomicInteger();

  long nextSequence() {
    return sequence.incrementAndGet();
  }

  synchronized void request(RecordedRequest request) {
    requests.add(request);
  }

  synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  synchronized void violations(List<SchemaViolation> found) {
    violations.addAll(found);
  }

  synchronized List<SchemaViolation> violations() {
    return List.copyOf(violations);
  }

  synchronized void event(GatewayEvent event) {
    events.add(event);
  }

  synchronized List<GatewayEvent> events() {
    return new ArrayList<>(events);
  }

  void countRateLimited(boolean byGlobalLimiter) {
    rateLimited.incrementAndGet();
    if (byGlobalLimiter) {
      globalRateLimited.incrementAndGet();
    }
  }

  int rateLimited() {
    return rateLimited.get();
  }

  int globalRateLimited() {
    return globalRateLimited.get();
  }

  synchronized void clear() {
    requests.clear();
    violations.clear();
    events.clear();
    rateLimited.set(0);
    globalRateLimited.set(0);
  }
}
