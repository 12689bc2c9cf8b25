package dev.aphorist.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a misspelt word was meant to be: the corpus's words, stems and author names within a
 * typo or two. The stems catch what words miss ("cahce" is two edits from "caches" but its stem
 * "cahc" is one from "cach").
 */
final class TypoCorrector {

  /** Candidates kept per lexicon: enough for a typo to find its word, few enough to be fast. */
  static final int CANDIDATES = 3;

  private final Vocabulary vocabulary;
  private final Lexicon words;
  private final Lexicon stems;
  private final Lexicon authors;

  /**
   * A correction.
   *
   * @param field {@link IndexFields#TEXT}, whose {@code term} is a stem to expand into its forms,
   *     or {@link IndexFields#AUTHOR}, whose {@code term} is an indexed name word
   * @param term the stem or author name word
   * @param surface the word to show the user
   * @param distance edits from what the user typed
   * @param docFreq how many quotes use it
   */
  record Correction(String field, String term, String surface, int distance, int docFreq) {}

  private static final Comparator<Correction> BEST_FIRST =
      Comparator.comparingInt(Correction::distance)
          .thenComparing(Comparator.comparingInt(Correction::docFreq).reversed())
          .thenComparing(Correction::field)
          .thenComparing(Correction::term);

  TypoCorrector(Vocabulary vocabulary, Lexicon authors) {
    this.vocabulary = vocabulary;
    this.words = Lexicon.of(vocabulary.words());
    this.stems = Lexicon.of(vocabulary.stems());
    this.authors = authors;
  }

  /**
   * Corrections of a word the index does not know, best first, one per stem or name.
   *
   * @param word the word lower case and folded
   */
  List<Correction> corrections(String word) {
    Map<String, Correction> found = new LinkedHashMap<>();
    int edits = Lexicon.allowedEdits(word);
    for (Lexicon.Near near : words.near(word, edits, CANDIDATES)) {
      keep(
          found,
          new Correction(
              IndexFields.TEXT,
              Stems.of(near.term()),
              near.term(),
              near.distance(),
              near.docFreq()));
    }
    String stem = Stems.of(word);
    for (Lexicon.Near near : stems.near(stem, Lexicon.allowedEdits(stem), CANDIDATES)) {
      String surface = vocabulary.surfaceOf(near.term());
      if (surface != null) {
        keep(
            found,
            new Correction(
                IndexFields.TEXT, near.term(), surface, near.distance(), near.docFreq()));
      }
    }
    for (Lexicon.Near near : authors.near(word, edits, CANDIDATES)) {
      keep(
          found,
          new Correction(
              IndexFields.AUTHOR, near.term(), near.term(), near.distance(), near.docFreq()));
    }
    List<Correction> sorted = new ArrayList<>(found.values());
    sorted.sort(BEST_FIRST);
    return sorted;
  }

  /** The word of the best correction. */
  Optional<String> best(String word) {
    List<Correction> all = corrections(word);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).surface());
  }

  private static void keep(Map<String, Correction> found, Correction candidate) {
    found.merge(
        candidate.field() + ':' + candidate.term(),
        candidate,
        (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
  }
}
