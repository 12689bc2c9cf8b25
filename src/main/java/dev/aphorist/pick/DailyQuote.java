package dev.aphorist.pick;

import dev.aphorist.corpus.Quote;

/**
 * A channel's quote of the day.
 *
 * @param pick the recorded pick (channel, date, quote id, cycle)
 * @param quote the quote to show; normally the one the pick names
 * @param standIn true when the recorded quote has since left the corpus (it was banned or removed)
 *     and {@code quote} is a deterministic stand-in: the same in every process, but not recorded,
 *     since a day's pick is never overwritten
 */
public record DailyQuote(DailyPick pick, Quote quote, boolean standIn) {}
