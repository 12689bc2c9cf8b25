package dev.aphorist.pick;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses each channel's quote of the day.
 *
 * <ul>
 *   <li>Deterministic: the choice is a function of the channel, the date, the channel's rotation
 *       state and the set of eligible quotes, so every process and every restart agrees; the store
 *       keeps the first pick of a day and hands it back ever after.
 *   <li>No repeats: within a rotation cycle a channel sees each eligible quote once; when all have
 *       been shown the next cycle starts, avoiding the quote shown last.
 *   <li>Weighted: higher-scored quotes come up earlier in a cycle ({@link StableChoice}).
 *   <li>Corpus changes: a removed quote is never eligible again, an added one joins the current
 *       cycle, and quotes already shown in the cycle stay shown.
 * </ul>
 */
public final class DailyPicker {

  private final RotationStore store;
  private final Clock clock;
  private final CatalogCache catalogs = new CatalogCache();

  public DailyPicker(RotationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Today's quote for a channel whose local time zone is {@code zone}. */
  public Optional<DailyQuote> today(Corpus corpus, long channelId, ZoneId zone, PickFilter filter) {
    return pick(corpus, channelId, LocalDate.now(clock.withZone(zone)), filter);
  }

  /**
   * The channel's quote for {@code date}: the recorded one, or a new pick that is recorded now.
   * Empty when no quote of the corpus passes the filter.
   */
  public Optional<DailyQuote> pick(
      Corpus corpus, long channelId, LocalDate date, PickFilter filter) {
    Optional<DailyPick> recorded = store.find(channelId, date);
    if (recorded.isPresent()) {
      return resolve(corpus, recorded.get(), filter);
    }
    QuoteCatalog catalog = catalogs.of(corpus);
    int[] eligible = catalog.eligible(filter);
    RotationCycle cycle = store.currentCycle(channelId);
    int number = Math.max(1, cycle.number());
    Optional<Quote> choice =
        StableChoice.choose(catalog, eligible, cycle.shown(), seed(channelId, date, number));
    if (choice.isEmpty()) {
      // Every eligible quote has been shown in this cycle (or none is eligible).
      number = number + (cycle.number() == 0 ? 0 : 1);
      choice =
          chooseAvoiding(catalog, eligible, cycle.lastQuoteId(), seed(channelId, date, number));
    }
    if (choice.isEmpty()) {
      return Optional.empty();
    }
    DailyPick kept =
        store.recordIfAbsent(new DailyPick(channelId, date, choice.get().id(), number));
    return resolve(corpus, kept, filter);
  }

  /** The recorded pick with its quote, or a stand-in when that quote has left the corpus. */
  private Optional<DailyQuote> resolve(Corpus corpus, DailyPick pick, PickFilter filter) {
    Optional<Quote> quote = corpus.find(pick.quoteId());
    if (quote.isPresent()) {
      return Optional.of(new DailyQuote(pick, quote.get(), false));
    }
    QuoteCatalog catalog = catalogs.of(corpus);
    int[] eligible = catalog.eligible(filter);
    RotationCycle cycle = store.currentCycle(pick.channelId());
    long seed =
        StableChoice.seed(seedText(pick.channelId(), pick.date(), pick.cycle()) + "|stand-in");
    Optional<Quote> standIn = StableChoice.choose(catalog, eligible, cycle.shown(), seed);
    if (standIn.isEmpty()) {
      standIn = StableChoice.choose(catalog, eligible, Set.of(), seed);
    }
    return standIn.map(q -> new DailyQuote(pick, q, true));
  }

  /** A first pick of a new cycle: anything eligible but the quote shown last, if possible. */
  private static Optional<Quote> chooseAvoiding(
      QuoteCatalog catalog, int[] eligible, String lastQuoteId, long seed) {
    Set<String> avoid = lastQuoteId == null ? Set.of() : Set.of(lastQuoteId);
    Optional<Quote> choice = StableChoice.choose(catalog, eligible, avoid, seed);
    return choice.isPresent() || avoid.isEmpty()
        ? choice
        : StableChoice.choose(catalog, eligible, Set.of(), seed);
  }

  private static long seed(long channelId, LocalDate date, int cycle) {
    return StableChoice.seed(seedText(channelId, date, cycle));
  }

  private static String seedText(long channelId, LocalDate date, int cycle) {
    return "aphorist-daily|" + channelId + "|" + date + "|" + cycle;
  }
}
