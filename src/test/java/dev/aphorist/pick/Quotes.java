package dev.aphorist.pick;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.Source;
import java.util.ArrayList;
import java.util.List;

/** Small synthetic corpora for picking tests. */
final class Quotes {

  private static final Source SOURCE = new Source("test.txt", null, DocumentKind.BLOG_POST, null);

  private Quotes() {}

  static Quote quote(String text, double score, String author, String... tags) {
    return new Quote(
        QuoteId.of(text),
        text,
        author == null ? null : new Author(author, null),
        SOURCE,
        List.of(tags),
        score,
        null);
  }

  /** {@code count} quotes "Aphorism number i.", scores spread over 0..1, two authors, two tags. */
  static List<Quote> numbered(int from, int count) {
    List<Quote> quotes = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      quotes.add(
          quote(
              "Aphorism number " + i + ".",
              (i % 11) / 10.0,
              i % 2 == 0 ? "Even Author" : "Odd Author",
              i % 3 == 0 ? "caching" : "teams"));
    }
    return quotes;
  }

  static Corpus corpus(List<Quote> quotes) {
    return new Corpus(quotes);
  }
}
