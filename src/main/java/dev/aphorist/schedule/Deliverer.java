package dev.aphorist.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one attempt at one claimed delivery, and records what happened.
 *
 * <p>The order is what makes a post exactly-once: the delivery is claimed (leased) before anything
 * is sent; the start of the request is recorded before it is sent; every attempt sends the same
 * nonce. A process that dies after sending but before recording leaves a POSTING record with a
 * started attempt; whoever takes it over after the lease knows the outcome is uncertain, and
 * repeats the request only while Discord still recognizes the nonce (it then returns the first
 * message), or after asking the poster whether the message exists.
 */
final class Deliverer {

  private static final Logger log = LoggerFactory.getLogger(Deliverer.class);

  private final SubscriptionStore subscriptions;
  private final DeliveryStore deliveries;
  private final QuoteChooser chooser;
  private final QuotePoster poster;
  private final TriggerScheduler triggers;
  private final RateLimiter limiter;
  private final ScheduleSettings settings;
  private final String instanceId;
  private final Clock clock;
  private final AtomicInteger posting = new AtomicInteger();

  Deliverer(
      SubscriptionStore subscriptions,
      DeliveryStore deliveries,
      QuoteChooser chooser,
      QuotePoster poster,
      TriggerScheduler triggers,
      RateLimiter limiter,
      ScheduleSettings settings,
      String instanceId,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.chooser = chooser;
    this.poster = poster;
    this.triggers = triggers;
    this.limiter = limiter;
    this.settings = settings;
    this.instanceId = instanceId;
    this.clock = clock;
  }

  void deliver(Delivery delivery) throws InterruptedException {
    DeliveryKey key = delivery.key();
    if (!clock.instant().isBefore(delivery.dayEndsAt())) {
      finish(key, DeliveryStatus.MISSED, endOfDayReason(delivery));
      return;
    }
    Optional<Subscription> found = subscriptions.find(delivery.subscriptionId());
    if (found.isEmpty()) {
      return; // unsubscribed: its records went with it
    }
    Subscription subscription = found.get();
    if (subscription.paused()) {
      finish(key, DeliveryStatus.SKIPPED, "paused: " + subscription.pauseReason());
      return;
    }

    boolean clearUncertainty = false;
    if (delivery.uncertainSince() != null
        && Duration.between(delivery.uncertainSince(), clock.instant())
                .compareTo(settings.nonceWindow())
            > 0) {
      PriorPost prior =
          poster.findPrior(delivery.channelId(), delivery.nonce(), delivery.uncertainSince());
      if (prior instanceof PriorPost.Found foundPost) {
        deliveries.markSent(key, foundPost.messageId(), clock.instant());
        return;
      }
      if (prior instanceof PriorPost.Unknown) {
        finish(
            key,
            DeliveryStatus.MISSED,
            "an attempt at "
                + delivery.uncertainSince()
                + " may have posted (its outcome is unknown) and Discord's nonce window has"
                + " passed: not posting again, to avoid a duplicate");
        return;
      }
      clearUncertainty = true;
    }

    String quoteId = delivery.quoteId();
    if (quoteId == null) {
      try {
        quoteId = chooser.choose(delivery.channelId(), delivery.localDate(), subscription.topic());
      } catch (RuntimeException e) {
        retry(delivery, "choosing the quote failed: " + e.getMessage(), false, null);
        return;
      }
    }

    Instant start = clock.instant();
    if (!deliveries.startAttempt(
        key, instanceId, quoteId, clearUncertainty, start, start.plus(settings.lease()))) {
      log.debug("delivery {}: lease lost before posting", key);
      return;
    }
    // The permit is taken last, right before the request: the request counts against the limit
    // from its permit on, so anything slow between the two would waste its place in the window.
    RateLimiter.Permit permit = limiter.acquire();
    PostOutcome outcome;
    posting.incrementAndGet();
    try {
      outcome = poster.post(delivery.channelId(), quoteId, delivery.nonce());
    } catch (RuntimeException e) {
      outcome = PostOutcome.Retryable.uncertain("posting failed: " + e);
    } finally {
      posting.decrementAndGet();
      // Answered or given up on: from now on the request counts for one more window only.
      permit.close();
    }

    if (outcome instanceof PostOutcome.Sent sent) {
      deliveries.markSent(key, sent.messageId(), clock.instant());
    } else if (outcome instanceof PostOutcome.Retryable retryable) {
      if (retryable.retryAfter() != null && retryable.retryAfter().toMillis() > 0) {
        limiter.pauseFor(retryable.retryAfter());
      }
      retry(delivery, retryable.reason(), retryable.mayHavePosted(), retryable.retryAfter());
    } else if (outcome instanceof PostOutcome.Permanent permanent) {
      fail(subscription, key, permanent.reason());
    }
  }

  /** Requests that have their permit and have not been answered yet. */
  int postsInFlight() {
    return posting.get();
  }

  private void retry(Delivery delivery, String reason, boolean mayHavePosted, Duration retryAfter) {
    Instant now = clock.instant();
    Duration delay = settings.backoff().delayAfter(delivery.attempts() + 1);
    if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
      delay = retryAfter;
    }
    Instant next = now.plus(delay);
    if (next.isBefore(delivery.dayEndsAt())) {
      deliveries.markRetry(delivery.key(), instanceId, reason, mayHavePosted, next, now);
      log.debug("delivery {}: retry at {} after: {}", delivery.key(), next, reason);
      return;
    }
    String missed =
        "retries ended with the local day; last error: "
            + reason
            + (mayHavePosted ? " (that attempt's outcome is unknown)" : "");
    finish(delivery.key(), DeliveryStatus.MISSED, missed);
    log.info("delivery {}: {}", delivery.key(), missed);
  }

  private void fail(Subscription subscription, DeliveryKey key, String reason) {
    Instant now = clock.instant();
    finish(key, DeliveryStatus.FAILED, reason);
    if (subscriptions.pauseIfActive(subscription.id(), reason, now)) {
      log.warn(
          "subscription {} (channel {}) paused: {}",
          subscription.id(),
          subscription.channelId(),
          reason);
    }
    triggers.remove(subscription.id());
  }

  private void finish(DeliveryKey key, DeliveryStatus status, String reason) {
    deliveries.markFinal(key, instanceId, status, reason, clock.instant());
  }

  private static String endOfDayReason(Delivery delivery) {
    return delivery.reason() == null
        ? "the local day ended before it could be posted"
        : "retries ended with the local day; last error: " + delivery.reason();
  }
}
