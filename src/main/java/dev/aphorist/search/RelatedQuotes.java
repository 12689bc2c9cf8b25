package dev.aphorist.search;

import dev.aphorist.corpus.Quote;
import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * "More like this": a query made of a quote's most telling words (Lucene's {@link MoreLikeThis})
 * and its tags. Shared words weigh more than shared tags.
 */
final class RelatedQuotes {

  private static final int MAX_QUERY_TERMS = 16;
  private static final float TAG_BOOST = 0.5f;

  private final IndexReader reader;
  private final Analyzer analyzer;

  RelatedQuotes(IndexReader reader, Analyzer analyzer) {
    this.reader = reader;
    this.analyzer = analyzer;
  }

  /** The query for quotes like {@code quote}; it matches the quote itself too. */
  Query like(Quote quote) throws IOException {
    // MoreLikeThis keeps per-call settings, so each call gets its own.
    MoreLikeThis moreLikeThis = new MoreLikeThis(reader);
    moreLikeThis.setAnalyzer(analyzer);
    moreLikeThis.setFieldNames(new String[] {IndexFields.TEXT});
    moreLikeThis.setMinTermFreq(1);
    moreLikeThis.setMinDocFreq(1);
    moreLikeThis.setMaxQueryTerms(MAX_QUERY_TERMS);
    moreLikeThis.setBoost(true);
    BooleanQuery.Builder related = new BooleanQuery.Builder();
    related.add(moreLikeThis.like(IndexFields.TEXT, new StringReader(quote.text())), Occur.SHOULD);
    for (String tag : quote.tags()) {
      related.add(
          new BoostQuery(new TermQuery(new Term(IndexFields.TAG_KEY, Keys.of(tag))), TAG_BOOST),
          Occur.SHOULD);
    }
    return related.build();
  }
}
