package dev.aphorist.corpus.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Metrics;
import java.util.List;
import java.util.Objects;

/**
 * One post or passage of an imported document (a line of a corpus/raw/*.jsonl file): what the
 * export said about it, already normalized by its importer (retweets and boosts left out, links
 * expanded, HTML turned into text).
 *
 * @param text the text, not yet cleaned
 * @param author who wrote it when the export names a writer per item (a quote list's author
 *     column), else null: the document's author from corpus/sources.yaml
 * @param date when it was posted, ISO-8601, or null
 * @param url link to the item itself (a tweet, a toot), or null
 * @param reply true when it answers another post
 * @param metrics engagement counts the export kept, or null
 * @param source where a listed quote comes from (a book, a talk), or null
 * @param tags topic tags the export gave it, possibly empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"text", "author", "date", "url", "reply", "metrics", "source", "tags"})
public record ImportedItem(
    String text,
    Author author,
    String date,
    String url,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean reply,
    Metrics metrics,
    String source,
    List<String> tags) {

  public ImportedItem {
    Objects.requireNonNull(text, "text");
    tags = tags == null ? List.of() : List.copyOf(tags);
    if (metrics != null && metrics.isEmpty()) {
      metrics = null;
    }
  }

  /** A bare passage of text by the document's author. */
  public static ImportedItem of(String text) {
    return new ImportedItem(text, null, null, null, false, null, null, List.of());
  }
}
