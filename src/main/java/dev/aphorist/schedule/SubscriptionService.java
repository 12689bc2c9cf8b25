package dev.aphorist.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the /qotd commands do to subscriptions: each change is stored first and then reflected in
 * the subscription's trigger. Permission checks and replies are the Discord adapter's business.
 */
public final class SubscriptionService {

  private final SubscriptionStore subscriptions;
  private final DeliveryStore deliveries;
  private final TriggerScheduler triggers;
  private final Clock clock;

  SubscriptionService(
      SubscriptionStore subscriptions,
      DeliveryStore deliveries,
      TriggerScheduler triggers,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.triggers = triggers;
    this.clock = clock;
  }

  /** Subscribes the channel, or updates (and resumes) its subscription. */
  public Subscription subscribe(SubscriptionRequest request) {
    Subscription subscription = subscriptions.upsert(request, clock.instant());
    triggers.sync(subscription);
    return subscription;
  }

  /** Removes the channel's subscription; false if it had none. */
  public boolean unsubscribe(long channelId) {
    Optional<Subscription> existing = subscriptions.findByChannel(channelId);
    if (existing.isEmpty()) {
      return false;
    }
    triggers.remove(existing.get().id());
    return subscriptions.deleteByChannel(channelId);
  }

  /** Pauses the channel's subscription with a reason such as "paused by @name". */
  public Optional<Subscription> pause(long channelId, String reason) {
    Optional<Subscription> paused =
        subscriptions.setPaused(channelId, true, reason, clock.instant());
    paused.ifPresent(triggers::sync);
    return paused;
  }

  /** Resumes it; posts missed while paused are not made up. */
  public Optional<Subscription> resume(long channelId) {
    Optional<Subscription> resumed =
        subscriptions.setPaused(channelId, false, null, clock.instant());
    resumed.ifPresent(triggers::sync);
    return resumed;
  }

  /**
   * Skips the channel's next post.
   *
   * @return the skipped post, or empty if the channel has no subscription
   */
  public Optional<Slot> skipNext(long channelId) {
    Optional<Subscription> existing = subscriptions.findByChannel(channelId);
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    Subscription subscription = existing.get();
    Slot next = nextPost(subscription, clock.instant(), false);
    subscriptions.setSkipDate(channelId, next.date(), clock.instant());
    return Optional.of(next);
  }

  /** Every subscription of the server, with next post times in its zone and the viewer's. */
  public List<SubscriptionStatus> status(long guildId, ZoneId viewerZone) {
    Instant now = clock.instant();
    return subscriptions.listByGuild(guildId).stream()
        .map(s -> status(s, viewerZone, now))
        .toList();
  }

  /** One channel's subscription status, if it has one. */
  public Optional<SubscriptionStatus> channelStatus(long channelId, ZoneId viewerZone) {
    return subscriptions.findByChannel(channelId).map(s -> status(s, viewerZone, clock.instant()));
  }

  /** The channel's next post (what /qotd preview shows), ignoring a pause. */
  public Optional<Slot> nextPost(long channelId) {
    return subscriptions.findByChannel(channelId).map(s -> nextPost(s, clock.instant(), true));
  }

  public Optional<Subscription> find(long channelId) {
    return subscriptions.findByChannel(channelId);
  }

  private SubscriptionStatus status(Subscription subscription, ZoneId viewerZone, Instant now) {
    Slot next = subscription.paused() ? null : nextPost(subscription, now, true);
    return new SubscriptionStatus(
        subscription,
        next,
        next == null ? null : next.at().withZoneSameInstant(viewerZone),
        deliveries.latest(subscription.id()).orElse(null));
  }

  /**
   * The first slot after {@code now} that will really post: not a day that already has a record (a
   * changed time after today's post), and, if asked, not the skipped date.
   */
  private Slot nextPost(Subscription subscription, Instant now, boolean honourSkip) {
    PostingSchedule schedule = subscription.schedule();
    Instant after = now;
    for (int i = 0; i < 3; i++) {
      Slot slot = schedule.nextAfter(after, honourSkip ? subscription.skipDate() : null);
      if (deliveries.find(new DeliveryKey(subscription.id(), slot.date())).isEmpty()) {
        return slot;
      }
      after = slot.instant();
    }
    return schedule.nextAfter(after);
  }
}
