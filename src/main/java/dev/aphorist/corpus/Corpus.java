package dev.aphorist.corpus;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable set of quotes with unique ids, in file order. */
public final class Corpus {

  /** The quotes.json format version this code reads and writes. */
  public static final int FORMAT_VERSION = 1;

  private final List<Quote> quotes;
  private final Map<String, Quote> byId;

  public Corpus(Collection<Quote> quotes) {
    this.quotes = List.copyOf(quotes);
    Map<String, Quote> index = new LinkedHashMap<>();
    for (Quote quote : this.quotes) {
      if (index.putIfAbsent(quote.id(), quote) != null) {
        throw new IllegalArgumentException("duplicate quote id " + quote.id());
      }
    }
    this.byId = Map.copyOf(index);
  }

  public List<Quote> quotes() {
    return quotes;
  }

  public int size() {
    return quotes.size();
  }

  public Optional<Quote> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  public boolean contains(String id) {
    return id != null && byId.containsKey(id);
  }
}
