package dev.aphorist.corpus.build;

import dev.aphorist.corpus.Quote;

/**
 * A candidate the build did not keep, and why.
 *
 * @param document raw file name
 * @param line 1-based line of the passage
 * @param text the (cleaned) candidate text
 * @param reason why it was dropped, e.g. "personal anecdote", "duplicate of 4k2m9x0pqr"
 * @param score the quotability score, 0..1
 * @param draft the quote it would have been (id, attribution, source, tags), so that curation can
 *     pin it back; null when it was never a real candidate (site boilerplate)
 */
public record Dropped(
    String document, int line, String text, String reason, double score, Quote draft) {

  /** The id the quote would have had, or null. */
  public String id() {
    return draft == null ? null : draft.id();
  }
}
