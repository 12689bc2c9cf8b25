package dev.aphorist.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The closest corpus word to a misspelt one, read straight from the index's term dictionaries of
 * the quote words and the author names (Lucene's {@link DirectSpellChecker}).
 */
final class SpellingCorrector {

  private static final String[] FIELDS = {IndexFields.WORDS, IndexFields.AUTHOR};

  private final IndexReader reader;
  private final DirectSpellChecker checker;

  SpellingCorrector(IndexReader reader) {
    this.reader = reader;
    this.checker = new DirectSpellChecker();
    checker.setMinQueryLength(3);
  }

  /** The best correction of a lower-case word unknown to the index. */
  Optional<String> correct(String word) throws IOException {
    SuggestWord best = null;
    for (String field : FIELDS) {
      SuggestWord[] suggestions =
          checker.suggestSimilar(
              new Term(field, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (suggestions.length > 0 && isBetter(suggestions[0], best)) {
        best = suggestions[0];
      }
    }
    return Optional.ofNullable(best).map(s -> s.string);
  }

  private static boolean isBetter(SuggestWord candidate, SuggestWord best) {
    if (best == null) {
      return true;
    }
    if (candidate.score != best.score) {
      return candidate.score > best.score;
    }
    return candidate.freq > best.freq;
  }
}
