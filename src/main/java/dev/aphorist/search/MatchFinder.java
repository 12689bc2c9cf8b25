package dev.aphorist.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Finds where a query matched inside a hit's text, through Lucene's matches API and the offsets
 * indexed with the text fields: phrases come out as one span, stems and typos as the word actually
 * written in the quote.
 */
final class MatchFinder {

  private final List<LeafReaderContext> leaves;
  private final Weight weight;

  MatchFinder(IndexSearcher searcher, Query query) throws IOException {
    this.leaves = searcher.getIndexReader().leaves();
    this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /** The sorted, non-overlapping spans of {@code doc}, whose text has {@code length} chars. */
  List<MatchSpan> spans(int doc, int length) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches matches = weight.matches(leaf, doc - leaf.docBase);
    if (matches == null) {
      return List.of();
    }
    List<int[]> found = new ArrayList<>();
    MatchesIterator it = matches.getMatches(IndexFields.TEXT);
    while (it != null && it.next()) {
      int start = Math.max(0, it.startOffset());
      int end = Math.min(length, it.endOffset());
      if (end > start) {
        found.add(new int[] {start, end});
      }
    }
    return merge(found);
  }

  /** Overlapping spans (a stem and a phrase over the same word) become one. */
  static List<MatchSpan> merge(List<int[]> spans) {
    spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
    List<MatchSpan> merged = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int[] span : spans) {
      if (start >= 0 && span[0] < end) {
        end = Math.max(end, span[1]);
      } else {
        if (start >= 0) {
          merged.add(new MatchSpan(start, end));
        }
        start = span[0];
        end = span[1];
      }
    }
    if (start >= 0) {
      merged.add(new MatchSpan(start, end));
    }
    return merged;
  }
}
