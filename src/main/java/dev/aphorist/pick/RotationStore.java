package dev.aphorist.pick;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the quote-of-the-day rotation of every channel is kept. The in-memory implementation serves
 * the console and tests; the database one (store package) is shared by every process, so that all
 * of them agree on each channel's quote of the day.
 *
 * <p>Implementations must make {@link #recordIfAbsent} atomic: when two callers race for the same
 * channel and date, exactly one pick is stored and both get it back.
 */
public interface RotationStore {

  /** The pick already made for this channel and date, if any. */
  Optional<DailyPick> find(long channelId, LocalDate date);

  /** The channel's current cycle: the highest cycle number and the quotes picked in it. */
  RotationCycle currentCycle(long channelId);

  /** Stores {@code pick} unless the channel already has one for that date; returns the one kept. */
  DailyPick recordIfAbsent(DailyPick pick);
}
