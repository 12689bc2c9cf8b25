package dev.aphorist.search;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English stems by Snowball's Porter2 stemmer, which unlike the original Porter stemmer gives
 * "deploying", "deployed" and "deployment" one stem. The same function stems the index's stems
 * field ({@link CachedStemFilter}), the words of a query and the {@link Vocabulary}'s groups of
 * forms, so all three agree.
 */
final class Stems {

  private Stems() {}

  /** The stem of a lower-case word. A stemmer is cheap to make and not thread-safe. */
  static String of(String word) {
    EnglishStemmer stemmer = new EnglishStemmer();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
