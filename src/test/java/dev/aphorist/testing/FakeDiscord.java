package dev.aphorist.testing;

import dev.aphorist.schedule.PostOutcome;
import dev.aphorist.schedule.PriorPost;
import dev.aphorist.schedule.QuotePoster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Discord's message endpoint, as far as delivery cares: it keeps every message it
 * creates, answers a repeated nonce within its nonce window with the first message (enforce_nonce),
 * rejects requests over a sliding-window global rate limit with a 429, and can be told that a
 * channel is gone or that Discord is having an outage.
 */
public final class FakeDiscord implements QuotePoster {

  /** A message Discord created. */
  public record Message(long id, long channelId, String quoteId, String nonce, Instant at) {}

  private final int limitPerSecond;
  private final Duration nonceWindow;
  private final List<Message> messages = new ArrayList<>();
  private final Map<String, Message> byNonce = new HashMap<>();
  private final Deque<Long> acceptedNanos = new ArrayDeque<>();
  private final Set<Long> deletedChannels = new HashSet<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger rejections = new AtomicInteger();
  private long nextId = 1_000_000_000_000L;
  private volatile boolean outage;
  private volatile Duration latency = Duration.ZERO;

  public FakeDiscord(int limitPerSecond, Duration nonceWindow) {
    this.limitPerSecond = limitPerSecond;
    this.nonceWindow = nonceWindow;
  }

  public void setOutage(boolean outage) {
    this.outage = outage;
  }

  public void setLatency(Duration latency) {
    this.latency = latency;
  }

  public synchronized void deleteChannel(long channelId) {
    deletedChannels.add(channelId);
  }

  @Override
  public PostOutcome post(long channelId, String quoteId, String nonce) {
    requests.incrementAndGet();
    // The rate limit counts requests as they arrive; the latency is the time to answer.
    PostOutcome rejected = admit();
    if (!latency.isZero()) {
      try {
        Thread.sleep(latency.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rejected != null ? rejected : create(channelId, quoteId, nonce);
  }

  /** Counts the request against the sliding-window limit; a 429 when over it. */
  private synchronized PostOutcome admit() {
    long now = System.nanoTime();
    while (!acceptedNanos.isEmpty() && now - acceptedNanos.peekFirst() >= 1_000_000_000L) {
      acceptedNanos.removeFirst();
    }
    if (acceptedNanos.size() >= limitPerSecond) {
      rejections.incrementAndGet();
      return new PostOutcome.Retryable("429 global rate limit", false, Duration.ofSeconds(1));
    }
    acceptedNanos.addLast(now);
    return null;
  }

  private synchronized PostOutcome create(long channelId, String quoteId, String nonce) {
    if (outage) {
      return PostOutcome.Retryable.uncertain("503 Service Unavailable");
    }
    if (deletedChannels.contains(channelId)) {
      return new PostOutcome.Permanent("Unknown Channel (channel deleted)");
    }
    Instant at = Instant.now();
    Message earlier = byNonce.get(nonce);
    if (earlier != null
        && earlier.channelId() == channelId
        && Duration.between(earlier.at(), at).compareTo(nonceWindow) <= 0) {
      return new PostOutcome.Sent(earlier.id());
    }
    Message message = new Message(nextId++, channelId, quoteId, nonce, at);
    messages.add(message);
    byNonce.put(nonce, message);
    return new PostOutcome.Sent(message.id());
  }

  @Override
  public synchronized PriorPost findPrior(long channelId, String nonce, Instant since) {
    Message earlier = byNonce.get(nonce);
    return earlier != null && earlier.channelId() == channelId
        ? new PriorPost.Found(earlier.id())
        : new PriorPost.NotFound();
  }

  public synchronized List<Message> messages() {
    return List.copyOf(messages);
  }

  /** Messages per channel. */
  public synchronized Map<Long, Integer> countsByChannel() {
    Map<Long, Integer> counts = new HashMap<>();
    for (Message m : messages) {
      counts.merge(m.channelId(), 1, Integer::sum);
    }
    return counts;
  }

  public int requests() {
    return requests.get();
  }

  public int rejections() {
    return rejections.get();
  }
}
