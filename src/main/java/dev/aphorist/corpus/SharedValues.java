package dev.aphorist.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes quotes share their repeated values. A JSON parser gives every quote its own copy of its
 * author, source and topic names, although a few hundred authors and a handful of documents and
 * topics are repeated across tens of thousands of quotes: at 100,000 quotes the copies were a third
 * of the bot's live heap. Equal values are records and strings, so sharing one instance changes
 * nothing but the memory they take. {@link QuotesFile} shares each quote as it is read, so the
 * copies never pile up.
 */
final class SharedValues {

  private final Map<Object, Object> seen = new HashMap<>();

  /** The same quotes, in the same order, with equal authors, sources, tags and tag lists shared. */
  static Corpus of(Corpus corpus) {
    SharedValues shared = new SharedValues();
    List<Quote> quotes = new ArrayList<>(corpus.size());
    for (Quote quote : corpus.quotes()) {
      quotes.add(shared.quote(quote));
    }
    return new Corpus(quotes);
  }

  /** The quote with its author, source, tags and tag list replaced by equal ones seen before. */
  Quote quote(Quote quote) {
    // Records compare by value: the first of equal authors, sources or tag lists stands for all.
    return new Quote(
        quote.id(),
        quote.text(),
        share(quote.author()),
        share(quote.source()),
        tags(quote.tags()),
        quote.score(),
        quote.metrics());
  }

  private List<String> tags(List<String> tags) {
    @SuppressWarnings("unchecked")
    List<String> known = (List<String>) seen.get(tags);
    if (known != null) {
      return known;
    }
    // A new combination: its topic names are still shared with the other lists.
    List<String> names = new ArrayList<>(tags.size());
    for (String tag : tags) {
      names.add(share(tag));
    }
    return share(List.copyOf(names));
  }

  @SuppressWarnings("unchecked")
  private <T> T share(T value) {
    return value == null ? null : (T) seen.computeIfAbsent(value, v -> v);
  }
}
