package dev.aphorist.command.qotd;

import dev.aphorist.command.quote.DailySettings;
import dev.aphorist.pick.PickFilter;
import dev.aphorist.schedule.SubscriptionService;

/**
 * A subscribed channel's quote of the day follows its subscription: its day begins in the
 * subscription's time zone and draws from its topic, so {@code /quote today} shows what is posted.
 */
public final class SubscribedDailySettings implements DailySettings {

  private final SubscriptionService subscriptions;

  public SubscribedDailySettings(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public Setting forChannel(long channelId) {
    return subscriptions
        .find(channelId)
        .map(
            s ->
                new Setting(
                    s.schedule().zone(),
                    s.topic() == null ? PickFilter.ANY : PickFilter.byTag(s.topic())))
        .orElse(DEFAULT);
  }
}
