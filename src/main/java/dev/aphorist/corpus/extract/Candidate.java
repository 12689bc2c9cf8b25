package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Metrics;

/**
 * One candidate quote cut from a passage, cleaned and scored, before attribution and deduplication.
 *
 * @param text cleaned text
 * @param line 1-based line of the passage it comes from
 * @param voice whose words these are, as the document tells
 * @param speaker the named author of someone else's words, or null
 * @param metrics engagement counts, or null
 * @param score how quotable; {@link Score#problem()} explains a drop
 * @param rejection why the reader or cleaner ruled it out before scoring, or null
 */
public record Candidate(
    String text,
    int line,
    Voice voice,
    Author speaker,
    Metrics metrics,
    Score score,
    String rejection) {

  /** True when the extractor keeps it (attribution and deduplication may still drop it). */
  public boolean kept() {
    return rejection == null && score.value() >= QuotabilityScorer.THRESHOLD;
  }

  /** Why it is not kept, or null when it is. */
  public String dropReason() {
    if (rejection != null) {
      return rejection;
    }
    if (kept()) {
      return null;
    }
    return score.problem() == null ? "not quotable enough" : score.problem();
  }
}
