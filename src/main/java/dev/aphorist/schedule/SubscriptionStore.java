package dev.aphorist.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where subscriptions are kept (JDBC implementation in the store package). */
public interface SubscriptionStore {

  /**
   * Creates the channel's subscription, or updates it if the channel is already subscribed (same
   * id; a paused subscription is resumed, since subscribing again means "post here").
   */
  Subscription upsert(SubscriptionRequest request, Instant now);

  Optional<Subscription> find(long subscriptionId);

  Optional<Subscription> findByChannel(long channelId);

  List<Subscription> listByGuild(long guildId);

  /** Every subscription that is not paused. */
  List<Subscription> listActive();

  /** Deletes the channel's subscription and its delivery records; false if there was none. */
  boolean deleteByChannel(long channelId);

  /** Pauses or resumes; resuming sets activeSince to now. Empty if the channel has none. */
  Optional<Subscription> setPaused(long channelId, boolean paused, String reason, Instant now);

  /** Pauses the subscription unless already paused; false if it was paused or is gone. */
  boolean pauseIfActive(long subscriptionId, String reason, Instant now);

  /** Sets (or with null clears) the date to skip. Empty if the channel has none. */
  Optional<Subscription> setSkipDate(long channelId, LocalDate date, Instant now);

  /** Clears the skip date if it is still {@code date}; false if it was something else. */
  boolean clearSkipDate(long subscriptionId, LocalDate date, Instant now);
}
