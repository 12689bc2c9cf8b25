package dev.aphorist.corpus.build;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts of a corpus by author, tag and score band, and of dropped candidates by reason.
 *
 * @param byAuthor quotes per author name ("(unknown)" for none), most first
 * @param byTag quotes per tag, most first
 * @param byScoreBand quotes per tenth of the score range, highest band first
 */
public record CorpusStats(
    Map<String, Integer> byAuthor, Map<String, Integer> byTag, Map<String, Integer> byScoreBand) {

  /** The label of quotes with no known author. */
  public static final String UNKNOWN_AUTHOR = "(unknown)";

  public static CorpusStats of(Corpus corpus) {
    Map<String, Integer> authors = new HashMap<>();
    Map<String, Integer> tags = new HashMap<>();
    Map<String, Integer> bands = new HashMap<>();
    for (Quote quote : corpus.quotes()) {
      authors.merge(
          quote.authorName() == null ? UNKNOWN_AUTHOR : quote.authorName(), 1, Integer::sum);
      quote.tags().forEach(tag -> tags.merge(tag, 1, Integer::sum));
      bands.merge(band(quote.score()), 1, Integer::sum);
    }
    Map<String, Integer> orderedBands = new LinkedHashMap<>();
    bands.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByKey().reversed())
        .forEach(e -> orderedBands.put(e.getKey(), e.getValue()));
    return new CorpusStats(mostFirst(authors), mostFirst(tags), orderedBands);
  }

  /** Dropped candidates per reason, most first; "duplicate of x" counts as "duplicate". */
  public static Map<String, Integer> byReason(List<Dropped> dropped) {
    Map<String, Integer> reasons = new HashMap<>();
    Function<String, String> general =
        r -> r.startsWith("duplicate of ") ? "duplicate" : r.startsWith("banned:") ? "banned" : r;
    dropped.forEach(d -> reasons.merge(general.apply(d.reason()), 1, Integer::sum));
    return mostFirst(reasons);
  }

  /** "0.7-0.8"; a score of exactly 1 is in the top band. */
  static String band(double score) {
    int tenth = Math.min(9, (int) Math.floor(score * 10));
    return String.format(Locale.ROOT, "%.1f-%.1f", tenth / 10.0, (tenth + 1) / 10.0);
  }

  private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Comparator.comparing(Map.Entry<String, Integer>::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
