package dev.aphorist.search;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English stems by Snowball's Porter2 stemmer, which unlike the original Porter stemmer gives
 * "deploying", "deployed" and "deployment" one stem. The index keeps words as written; stems group
 * them when a query is built, so each distinct word is stemmed once, not every occurrence.
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
