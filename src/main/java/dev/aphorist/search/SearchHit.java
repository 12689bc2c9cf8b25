package dev.aphorist.search;

import dev.aphorist.corpus.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * One search result.
 *
 * @param quote the quote found
 * @param score its relevance; only meaningful relative to the other hits of the same search
 * @param spans the matched words and phrases in {@code quote.text()}, sorted, never overlapping;
 *     empty when the quote matched only on its author or tags
 */
public record SearchHit(Quote quote, float score, List<MatchSpan> spans) {

  public SearchHit {
    spans = List.copyOf(spans);
  }

  /**
   * The quote text cut into matched and unmatched runs, in order. An adapter escapes each run for
   * its medium and styles the matched ones (Discord: bold).
   */
  public List<TextSegment> segments() {
    String text = quote.text();
    List<TextSegment> segments = new ArrayList<>();
    int at = 0;
    for (MatchSpan span : spans) {
      if (span.start() > at) {
        segments.add(new TextSegment(text.substring(at, span.start()), false));
      }
      segments.add(new TextSegment(text.substring(span.start(), span.end()), true));
      at = span.end();
    }
    if (at < text.length()) {
      segments.add(new TextSegment(text.substring(at), false));
    }
    return segments;
  }
}
