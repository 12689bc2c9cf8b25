package dev.aphorist.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns due slots into delivery records: for a firing trigger (one subscription) and for the sweep
 * (all of them). Creating a record is idempotent - the store's unique key lets exactly one caller
 * create it - so triggers, sweeps and processes may overlap freely.
 */
final class DueMarker {

  private static final Logger log = LoggerFactory.getLogger(DueMarker.class);

  private final SubscriptionStore subscriptions;
  private final DeliveryStore deliveries;
  private final CatchUpPolicy policy;
  private final Clock clock;
  private final Runnable onDue;
  private final Runnable onTriggerDue;

  DueMarker(
      SubscriptionStore subscriptions,
      DeliveryStore deliveries,
      CatchUpPolicy policy,
      Clock clock,
      Runnable onDue) {
    this(subscriptions, deliveries, policy, clock, onDue, () -> {});
  }

  /**
   * @param onDue called when posts became due: wake the dispatcher
   * @param onTriggerDue called when a trigger made a post due: others are probably due this very
   *     minute, and a sweep makes them all due at once, faster than Quartz fires them one by one
   */
  DueMarker(
      SubscriptionStore subscriptions,
      DeliveryStore deliveries,
      CatchUpPolicy policy,
      Clock clock,
      Runnable onDue,
      Runnable onTriggerDue) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.policy = policy;
    this.clock = clock;
    this.onDue = onDue;
    this.onTriggerDue = onTriggerDue;
  }

  /**
   * A subscription's trigger fired. The record is decided from the subscription as stored now, not
   * from the trigger, so a stale or misfired trigger cannot post at a wrong time.
   *
   * @param scheduledFor when the trigger was due; never evaluated earlier than that
   */
  void markDue(long subscriptionId, Instant scheduledFor) {
    Instant now = clock.instant();
    if (scheduledFor != null && scheduledFor.isAfter(now)) {
      now = scheduledFor;
    }
    Optional<Subscription> subscription = subscriptions.find(subscriptionId);
    if (subscription.isPresent() && record(subscription.get(), now, null)) {
      onDue.run();
      onTriggerDue.run();
    }
  }

  /** Checks every active subscription; returns how many posts it made due. */
  int sweep() {
    Instant now = clock.instant();
    // Local dates lie within a day of the UTC date in every zone.
    LocalDate from = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(2);
    Set<DeliveryKey> existing = deliveries.keysSince(from);
    List<Subscription> active = subscriptions.listActive();
    int due = 0;
    for (Subscription subscription : active) {
      try {
        if (record(subscription, now, existing)) {
          due++;
        }
      } catch (RuntimeException e) {
        log.warn("sweep: subscription {} skipped: {}", subscription.id(), e.getMessage());
      }
    }
    if (due > 0) {
      log.info("sweep: {} due posts without a delivery record made pending", due);
      onDue.run();
    }
    return due;
  }

  /** Creates the record the policy asks for; true if a post became due. */
  private boolean record(Subscription subscription, Instant now, Set<DeliveryKey> existing) {
    Optional<CatchUpPolicy.Decision> decision = policy.decide(subscription, now);
    if (decision.isEmpty()) {
      return false;
    }
    Slot slot = decision.get().slot();
    DeliveryKey key = new DeliveryKey(subscription.id(), slot.date());
    if (existing != null && existing.contains(key)) {
      return false;
    }
    DeliveryStatus status = decision.get().status();
    NewDelivery delivery =
        new NewDelivery(
            key,
            subscription.channelId(),
            status,
            DeliveryNonce.of(subscription.id(), subscription.channelId(), slot.date()),
            decision.get().reason(),
            slot.instant(),
            subscription.schedule().endOfDay(slot.date()));
    boolean created = deliveries.createIfAbsent(delivery, now);
    if (created && status == DeliveryStatus.SKIPPED) {
      subscriptions.clearSkipDate(subscription.id(), slot.date(), now);
    }
    if (created && status == DeliveryStatus.MISSED) {
      log.info("subscription {}: {} {}", subscription.id(), slot.date(), decision.get().reason());
    }
    return created && status == DeliveryStatus.PENDING;
  }
}
