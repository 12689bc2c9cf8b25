package dev.aphorist.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One aphorism of the corpus, as stored in corpus/quotes.json.
 *
 * @param id stable id derived from the normalized text ({@link QuoteId})
 * @param text the cleaned quote text, at most {@link #MAX_LENGTH} characters
 * @param author who said it, or null when unknown
 * @param source where it was found
 * @param tags topic tags, lower-case kebab-case
 * @param score how quotable, 0..1
 * @param metrics engagement counts, or null when unknown
 */
@JsonPropertyOrder({"id", "text", "author", "source", "tags", "score", "metrics"})
public record Quote(
    String id,
    String text,
    @JsonInclude(JsonInclude.Include.ALWAYS) Author author,
    Source source,
    List<String> tags,
    double score,
    @JsonInclude(JsonInclude.Include.NON_NULL) Metrics metrics) {

  /** Longest quote text the corpus accepts: one tweet. */
  public static final int MAX_LENGTH = 280;

  public Quote {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("quote id must not be blank");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("quote " + id + ": text must not be blank");
    }
    if (source == null) {
      throw new IllegalArgumentException("quote " + id + ": source is required");
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("quote " + id + ": score " + score + " is not in 0..1");
    }
    tags = tags == null ? List.of() : List.copyOf(tags);
    if (metrics != null && metrics.isEmpty()) {
      metrics = null;
    }
  }

  /** The author's name, or null. */
  public String authorName() {
    return author == null ? null : author.name();
  }
}
