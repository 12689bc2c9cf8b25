package dev.aphorist.command.quote;

import dev.aphorist.pick.PickFilter;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How a channel's quote of the day is chosen: in which time zone its day begins, and from which
 * quotes. A subscribed channel uses its subscription's zone and topic, so that {@code /quote today}
 * shows what was (or will be) posted; any other channel uses UTC and the whole corpus.
 */
@FunctionalInterface
public interface DailySettings {

  /**
   * One channel's setting.
   *
   * @param zone where the channel's day begins and ends
   * @param filter the quotes it draws from
   */
  record Setting(ZoneId zone, PickFilter filter) {}

  Setting DEFAULT = new Setting(ZoneOffset.UTC, PickFilter.ANY);

  /** Every channel gets the default. */
  DailySettings NONE = channelId -> DEFAULT;

  Setting forChannel(long channelId);
}
