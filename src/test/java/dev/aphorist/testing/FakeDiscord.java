package dev.aphorist.testing;

import dev.aphorist.schedule.PostOutcome;
import dev.aphorist.schedule.PriorPost;
import dev.aphorist.schedule.QuotePoster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 *
 * <p>The rate limit counts a request at the moment it was sent (see {@link #post(long, String,
 * String, long)}), not when this object gets to see it: real Discord's clock runs on machines of
 * its own, while this stand-in shares two cores with the test JVM, the delivery processes and
 * PostgreSQL, and was measured there to see requests up to 1.3 s late, those of both senders at
 * once. Counting at that moment would test the load of the test machine, not the bot's pacing.
 */
public final class FakeDiscord implements QuotePoster {

  /** A message Discord created. */
  public record Message(long id, long channelId, String quoteId, String nonce, Instant at) {}

  private final int limitPerSecond;
  private final Duration nonceWindow;
  private final List<Message> messages = new ArrayList<>();
  private final Map<String, Message> byNonce = new HashMap<>();
  private static final long SECOND = 1_000_000_000L;

  /** Send times of the accepted requests of the last few seconds, in order. */
  private final List<Long> acceptedNanos = new ArrayList<>();

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
    return post(channelId, quoteId, nonce, System.nanoTime());
  }

  /**
   * A request sent at {@code sentNanos} ({@link System#nanoTime()}, which on Linux is one clock for
   * every process of the machine).
   */
  public PostOutcome post(long channelId, String quoteId, String nonce, long sentNanos) {
    requests.incrementAndGet();
    // The rate limit counts requests as they are sent; the latency is the time to answer.
    PostOutcome rejected = admit(sentNanos);
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
  private synchronized PostOutcome admit(long sent) {
    if (busiestSecondAround(sent) >= limitPerSecond) {
      rejections.incrementAndGet();
      return new PostOutcome.Retryable("429 global rate limit", false, Duration.ofSeconds(1));
    }
    acceptedNanos.add(indexOf(sent), sent);
    // Keep a few seconds: a request that reaches us late is still checked against its neighbours.
    while (acceptedNanos.get(acceptedNanos.size() - 1) - acceptedNanos.get(0) > 10 * SECOND) {
      acceptedNanos.remove(0);
    }
    return null;
  }

  /**
   * The most accepted requests in any one second that also holds {@code sent}. Requests reach this
   * object slightly out of order, so a late one can fill a second that ends after the newest one as
   * well as one that ends with it. A second holding {@code sent} starts either at {@code sent} or
   * at an earlier request less than a second before it.
   */
  private int busiestSecondAround(long sent) {
    List<Long> near = acceptedNanos.subList(indexOf(sent - SECOND + 1), indexOf(sent + SECOND));
    int busiest = 0;
    int end = 0;
    for (int first = 0; first <= near.size(); first++) {
      boolean earlier = first < near.size() && near.get(first) < sent;
      long start = earlier ? near.get(first) : sent;
      while (end < near.size() && near.get(end) - start < SECOND) {
        end++;
      }
      busiest = Math.max(busiest, end - first); // the requests in [start, start + 1 s)
      if (!earlier) {
        return busiest;
      }
    }
    return busiest;
  }

  /** The position of the first accepted request sent at or after {@code nanos}. */
  private int indexOf(long nanos) {
    int low = 0;
    int high = acceptedNanos.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (acceptedNanos.get(mid) < nanos) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
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
