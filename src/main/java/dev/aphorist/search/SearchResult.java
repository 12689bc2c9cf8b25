package dev.aphorist.search;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a search. An empty result is a normal answer, never an error.
 *
 * @param query the query as searched, after cutting over-long input
 * @param truncated true when the user's input was longer than {@link UserInput#MAX_QUERY_LENGTH}
 * @param hits the requested page of hits, best first
 * @param totalHits how many quotes matched; a lower bound when {@code totalHitsExact} is false
 * @param totalHitsExact whether {@code totalHits} is exact (large result sets are only counted up
 *     to a threshold, which keeps searches fast)
 * @param didYouMean a corrected query worth offering the user: misspelt words replaced by the
 *     closest corpus words, or a phrase that matched nothing taken apart into words
 */
public record SearchResult(
    String query,
    boolean truncated,
    List<SearchHit> hits,
    long totalHits,
    boolean totalHitsExact,
    Optional<String> didYouMean) {

  public SearchResult {
    hits = List.copyOf(hits);
    didYouMean = didYouMean == null ? Optional.empty() : didYouMean;
  }

  /** True when nothing matched the query and filters. */
  public boolean nothingFound() {
    return totalHits == 0;
  }

  /**
   * A one-line explanation for an empty result, plain text (adapters escape it for their medium),
   * e.g. {@code No quotes match "cahce". Did you mean "caches"?}.
   */
  public String nothingFoundMessage() {
    String searched = query.isBlank() ? "No quotes match" : "No quotes match " + quoted(shown());
    return didYouMean
        .map(s -> searched + ". Did you mean " + quoted(s) + "?")
        .orElse(searched + ".");
  }

  /** In quotation marks, unless it already is one (a phrase search). */
  private static String quoted(String text) {
    boolean phrase = text.length() > 1 && text.startsWith("\"") && text.endsWith("\"");
    return phrase ? text : "\"" + text + "\"";
  }

  private String shown() {
    String trimmed = query.strip();
    return trimmed.length() <= 80 ? trimmed : UserInput.cut(trimmed, 79) + "\u2026";
  }
}
