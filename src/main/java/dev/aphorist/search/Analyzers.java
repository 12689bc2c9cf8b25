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
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/** The analysis chain of every index field; queries are analyzed by the same chains. */
final class Analyzers {

  /** Lucene's short list of English stop words: too common to rank on. */
  static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /**
   * Snowball's longer English list ("have", "how", "should"...): words that make poor completions
   * on their own or at either end of a suggested phrase.
   */
  static final CharArraySet COMPLETION_STOP_WORDS = snowballEnglishStopWords();

  private Analyzers() {}

  /** One analyzer that dispatches on the field name. */
  static Analyzer perField() {
    Analyzer stemmed = chain(in -> stemmed(new StopFilter(folded(possessive(in)), STOP_WORDS)));
    Analyzer surface = chain(Analyzers::folded);
    Analyzer joined =
        chain(
            in -> {
              ShingleFilter pairs = new ShingleFilter(folded(possessive(in)), 2, 2);
              pairs.setTokenSeparator("");
              pairs.setOutputUnigrams(false);
              return stemmed(pairs);
            });
    Analyzer phrases =
        chain(
            in -> {
              ShingleFilter pairs = new ShingleFilter(folded(in), 2, 2);
              pairs.setOutputUnigrams(false);
              return new PhraseEdgeFilter(pairs, COMPLETION_STOP_WORDS);
            });
    return new PerFieldAnalyzerWrapper(
        surface,
        Map.of(
            IndexFields.TEXT, stemmed,
            IndexFields.TAGS, stemmed,
            IndexFields.JOINED, joined,
            IndexFields.PHRASES, phrases));
  }

  /**
   * English stems by Snowball's Porter2 stemmer, which unlike the original Porter stemmer gives
   * "deploying", "deployed" and "deployment" one stem.
   */
  private static TokenStream stemmed(TokenStream in) {
    return new SnowballFilter(in, new EnglishStemmer());
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

  private static TokenStream possessive(TokenStream in) {
    return new EnglishPossessiveFilter(in);
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
