package dev.aphorist.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain of every field. The text is indexed as written (lower case, accents folded, no
 * possessive 's, no stop words) plus each pair of neighbouring words, and once more as stems (each
 * distinct word stemmed once, see {@link CachedStemFilter}). Queries use the same chains without
 * the pairs.
 */
final class Analyzers {

  /**
   * Snowball's English stop words ("the", "what", "have", "should"...): too common to rank on, to
   * suggest on their own, or to start or end a suggested phrase.
   */
  static final CharArraySet STOP_WORDS = snowballEnglishStopWords();

  private Analyzers() {}

  /** The analyzer that indexes quotes: text words as written, plus pairs of neighbours. */
  static Analyzer forIndexing() {
    return perField(
        chain(
            in ->
                new StopFilter(
                    new JoinedPairsFilter(words(in), STOP_WORDS, Vocabulary.PAIR_SEPARATOR),
                    STOP_WORDS)));
  }

  /** The analyzer for query text and related-quote lookups: words as written, no pairs. */
  static Analyzer forQueries() {
    return perField(chain(in -> new StopFilter(words(in), STOP_WORDS)));
  }

  private static Analyzer perField(Analyzer text) {
    // Tags and the stems field share one chain, so a tag's words and a text word stem alike.
    Analyzer stems = chain(in -> new CachedStemFilter(new StopFilter(words(in), STOP_WORDS)));
    return new PerFieldAnalyzerWrapper(
        chain(Analyzers::folded),
        Map.of(IndexFields.TEXT, text, IndexFields.TAGS, stems, IndexFields.STEMS, stems));
  }

  /** Lower-case, folded words without the possessive 's. */
  private static TokenStream words(TokenStream in) {
    return folded(new EnglishPossessiveFilter(in));
  }

  private static CharArraySet snowballEnglishStopWords() {
    try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
      if (in == null) {
        throw new IllegalStateException("lucene-analysis-common lacks snowball/english_stop.txt");
      }
      return CharArraySet.unmodifiableSet(
          WordlistLoader.getSnowballWordSet(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lower case, then accents and typographic apostrophes folded to ASCII: don’t == don't. */
  private static TokenStream folded(TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static Analyzer chain(UnaryOperator<TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return folded(in);
      }
    };
  }
}
