package dev.aphorist.pick;

import java.time.LocalDate;

/**
 * The quote of the day chosen for one channel on one local date.
 *
 * @param channelId Discord channel id (the console uses its own fixed id)
 * @param date the local date in the channel's time zone
 * @param quoteId the chosen quote
 * @param cycle the rotation cycle the pick belongs to: within a cycle no quote repeats
 */
public record DailyPick(long channelId, LocalDate date, String quoteId, int cycle) {

  public DailyPick {
    if (date == null || quoteId == null || quoteId.isBlank()) {
      throw new IllegalArgumentException("a daily pick needs a date and a quote id");
    }
    if (cycle < 1) {
      throw new IllegalArgumentException("cycles are numbered from 1, got " + cycle);
    }
  }
}
