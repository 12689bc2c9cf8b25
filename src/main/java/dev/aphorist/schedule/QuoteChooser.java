package dev.aphorist.schedule;

import java.time.LocalDate;

/**
 * Chooses the quote of the day for a channel. The lead plugs in the DailyPicker; the choice must be
 * stable for a channel and date (the rotation store records it), since a retry asks again.
 */
public interface QuoteChooser {

  /**
   * @param topic the subscription's topic, or null
   * @return the id of the quote to post
   */
  String choose(long channelId, LocalDate localDate, String topic);
}
