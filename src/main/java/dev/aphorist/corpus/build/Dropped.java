package dev.aphorist.corpus.build;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Metrics;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.Source;
import dev.aphorist.corpus.extract.TopicTagger;

/**
 * A candidate the build did not keep, and why.
 *
 * @param document raw file name
 * @param line 1-based line of the passage (0 for a quote banned by curation)
 * @param text the (cleaned) candidate text
 * @param reason why it was dropped, e.g. "personal anecdote", "duplicate of 4k2m9x0pqr"
 * @param score the quotability score, 0..1
 * @param author who said it, as attributed, or null
 * @param source where it was found; null when it was never a real candidate (site boilerplate)
 * @param metrics engagement counts, or null
 */
public record Dropped(
    String document,
    int line,
    String text,
    String reason,
    double score,
    Author author,
    Source source,
    Metrics metrics) {

  /** A dropped quote that had been kept (a duplicate, a banned quote). */
  static Dropped of(Quote quote, int line, String reason) {
    return new Dropped(
        quote.source().document(),
        line,
        quote.text(),
        reason,
        quote.score(),
        quote.author(),
        quote.source(),
        quote.metrics());
  }

  /** True when it was a real candidate, which curation can pin back. */
  public boolean isCandidate() {
    return source != null;
  }

  /** The id the quote would have had (computed on demand: most dropped text is never asked). */
  public String id() {
    return isCandidate() ? QuoteId.of(text) : null;
  }

  /** The quote it would have been, for curation to pin; null for non-candidates. */
  public Quote draft() {
    if (!isCandidate()) {
      return null;
    }
    return new Quote(id(), text, author, source, TopicTagger.tags(text), score, metrics);
  }
}
