package dev.aphorist.testing;

import dev.aphorist.schedule.QuoteChooser;
import java.time.LocalDate;

/** Chooses a quote id derived from channel and date: stable, like the real daily picker. */
public final class FixedChooser implements QuoteChooser {

  @Override
  public String choose(long channelId, LocalDate localDate, String topic) {
    return "q"
        + Long.toString(Math.abs((channelId * 31 + localDate.toEpochDay()) % 1_000_000_007L), 36);
  }
}
