package dev.aphorist.search;

import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.QuotesFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The test corpus: real aphorisms from corpus/raw, in src/test/resources/search/quotes.json. */
final class SearchFixtures {

  static final String QUOTES = "/search/quotes.json";

  private static Corpus corpus;
  private static QuoteIndex index;

  private SearchFixtures() {}

  static synchronized Corpus corpus() {
    if (corpus == null) {
      try (InputStream in = SearchFixtures.class.getResourceAsStream(QUOTES)) {
        corpus = QuotesFile.parse(Path.of(QUOTES), in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (BadFileException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return corpus;
  }

  /** One shared index: it is immutable, so tests cannot disturb each other through it. */
  static synchronized QuoteIndex index() {
    if (index == null) {
      index = QuoteIndex.build(corpus());
    }
    return index;
  }
}
