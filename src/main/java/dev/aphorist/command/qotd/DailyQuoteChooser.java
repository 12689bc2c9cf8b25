package dev.aphorist.command.qotd;

import dev.aphorist.pick.DailyPicker;
import dev.aphorist.pick.PickFilter;
import dev.aphorist.schedule.QuoteChooser;
import dev.aphorist.search.QuoteLibrary;
import java.time.LocalDate;

/**
 * The scheduler's quote chooser: the channel's quote of the day from the {@link DailyPicker}, which
 * records its choice, so that a retry, another process and {@code /quote today} all get the same.
 */
public final class DailyQuoteChooser implements QuoteChooser {

  private final DailyPicker daily;
  private final QuoteLibrary library;

  public DailyQuoteChooser(DailyPicker daily, QuoteLibrary library) {
    this.daily = daily;
    this.library = library;
  }

  @Override
  public String choose(long channelId, LocalDate localDate, String topic) {
    PickFilter filter = topic == null ? PickFilter.ANY : PickFilter.byTag(topic);
    return daily
        .pick(library.current().corpus(), channelId, localDate, filter)
        .map(quote -> quote.quote().id())
        .orElseThrow(() -> new IllegalStateException("the corpus has no quote to choose from"));
  }
}
