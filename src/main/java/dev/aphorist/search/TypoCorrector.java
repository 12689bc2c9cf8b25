package dev.aphorist.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;

/**
 * Finds what a misspelt word was meant to be: the corpus's surface words, stems and author names
 * within a typo or two. The stems catch what surface forms miss ("cahce" is two edits from "caches"
 * but its stem "cahc" is one from "cach").
 */
final class TypoCorrector {

  /** Candidates kept per field: enough for a typo to find its word, few enough to stay fast. */
  static final int CANDIDATES_PER_FIELD = 3;

  private final Lexicon words;
  private final Lexicon stems;
  private final Lexicon authors;

  /** For each stem, its most used surface word: what "did you mean" shows for a stem match. */
  private final Map<String, String> surfaceOfStem;

  /**
   * A correction in one field.
   *
   * @param field the index field the term belongs to
   * @param term the indexed term
   * @param surface the word to show the user
   * @param distance edits from what the user typed
   * @param docFreq how many quotes contain the term
   */
  record Correction(String field, String term, String surface, int distance, int docFreq) {}

  private TypoCorrector(
      Lexicon words, Lexicon stems, Lexicon authors, Map<String, String> surfaceOfStem) {
    this.words = words;
    this.stems = stems;
    this.authors = authors;
    this.surfaceOfStem = surfaceOfStem;
  }

  static TypoCorrector build(IndexReader reader, Analyzer analyzer) throws IOException {
    Lexicon words = Lexicon.of(reader, IndexFields.WORDS);
    Map<String, String> surfaceOfStem = new HashMap<>();
    Map<String, Integer> bestFreq = new HashMap<>();
    for (Lexicon.Near word : words.all()) {
      List<String> stem = QueryFactory.analyze(analyzer, IndexFields.TEXT, word.term());
      if (stem.size() == 1 && isMoreUsed(word, stem.get(0), bestFreq, surfaceOfStem)) {
        bestFreq.put(stem.get(0), word.docFreq());
        surfaceOfStem.put(stem.get(0), word.term());
      }
    }
    return new TypoCorrector(
        words,
        Lexicon.of(reader, IndexFields.TEXT),
        Lexicon.of(reader, IndexFields.AUTHOR),
        Map.copyOf(surfaceOfStem));
  }

  private static boolean isMoreUsed(
      Lexicon.Near word, String stem, Map<String, Integer> bestFreq, Map<String, String> best) {
    int freq = bestFreq.getOrDefault(stem, 0);
    return word.docFreq() > freq
        || (word.docFreq() == freq && word.term().compareTo(best.get(stem)) < 0);
  }

  /**
   * Corrections of a word the index does not know, best first.
   *
   * @param surface the word as the surface-word analysis makes it (lower case, folded)
   * @param stem its stem, or null when it has none (a stop word)
   */
  List<Correction> corrections(String surface, String stem) {
    List<Correction> found = new ArrayList<>();
    int edits = Lexicon.allowedEdits(surface);
    for (Lexicon.Near near : words.near(surface, edits, CANDIDATES_PER_FIELD)) {
      found.add(of(IndexFields.WORDS, near, near.term()));
    }
    for (Lexicon.Near near : authors.near(surface, edits, CANDIDATES_PER_FIELD)) {
      found.add(of(IndexFields.AUTHOR, near, near.term()));
    }
    if (stem != null) {
      for (Lexicon.Near near : stems.near(stem, Lexicon.allowedEdits(stem), CANDIDATES_PER_FIELD)) {
        found.add(of(IndexFields.TEXT, near, surfaceOfStem.getOrDefault(near.term(), near.term())));
      }
    }
    found.sort(
        (a, b) -> {
          int byDistance = Integer.compare(a.distance(), b.distance());
          if (byDistance != 0) {
            return byDistance;
          }
          int byFreq = Integer.compare(b.docFreq(), a.docFreq());
          return byFreq != 0 ? byFreq : a.surface().compareTo(b.surface());
        });
    return found;
  }

  /** The single best correction's surface word. */
  Optional<String> best(String surface, String stem) {
    List<Correction> all = corrections(surface, stem);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).surface());
  }

  private static Correction of(String field, Lexicon.Near near, String surface) {
    return new Correction(field, near.term(), surface, near.distance(), near.docFreq());
  }
}
