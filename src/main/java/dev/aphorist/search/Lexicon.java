package dev.aphorist.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of one index field, grouped by first letter and length, for finding the terms within a
 * few typos of a word. Lucene's own fuzzy matching compiles a Levenshtein automaton per query
 * (about a millisecond for two edits); comparing against the few terms that share the first letter
 * and nearly the length takes microseconds at the vocabulary sizes of a quote corpus.
 */
final class Lexicon {

  /** Terms longer than this are not corrected, and not candidates either. */
  static final int MAX_LENGTH = 32;

  /**
   * A term near a word.
   *
   * @param term the term as indexed
   * @param distance its edit distance from the word (a swap of neighbours counts as one)
   * @param docFreq how many quotes contain it
   */
  record Near(String term, int distance, int docFreq) {

    /** Closest first, then the most used, then alphabetical: a stable order. */
    static final Comparator<Near> BEST_FIRST =
        Comparator.comparingInt(Near::distance)
            .thenComparing(Comparator.comparingInt(Near::docFreq).reversed())
            .thenComparing(Near::term);
  }

  private final Map<Character, Bucket> buckets;

  private Lexicon(Map<Character, Bucket> buckets) {
    this.buckets = buckets;
  }

  /** A bucket holds the terms of one first letter, sorted by length. */
  private record Bucket(String[] terms, int[] docFreqs, int[] firstOfLength) {}

  /** A lexicon of the given terms, each with how many quotes contain it. */
  static Lexicon of(Map<String, Integer> docFreqs) {
    Map<Character, List<Near>> grouped = new HashMap<>();
    docFreqs.forEach(
        (text, docFreq) -> {
          if (!text.isEmpty() && text.length() <= MAX_LENGTH) {
            grouped
                .computeIfAbsent(text.charAt(0), c -> new ArrayList<>())
                .add(new Near(text, 0, docFreq));
          }
        });
    Map<Character, Bucket> buckets = new HashMap<>();
    grouped.forEach(
        (first, list) -> {
          list.sort(
              Comparator.comparingInt((Near n) -> n.term().length()).thenComparing(Near::term));
          String[] words = new String[list.size()];
          int[] freqs = new int[list.size()];
          int[] firstOfLength = new int[MAX_LENGTH + 2];
          Arrays.fill(firstOfLength, list.size());
          for (int i = list.size() - 1; i >= 0; i--) {
            words[i] = list.get(i).term();
            freqs[i] = list.get(i).docFreq();
            firstOfLength[words[i].length()] = i;
          }
          for (int length = MAX_LENGTH; length >= 0; length--) {
            firstOfLength[length] = Math.min(firstOfLength[length], firstOfLength[length + 1]);
          }
          buckets.put(first, new Bucket(words, freqs, firstOfLength));
        });
    return new Lexicon(Map.copyOf(buckets));
  }

  /** The terms of an index field. */
  static Lexicon of(IndexReader reader, String field) throws IOException {
    Map<String, Integer> docFreqs = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms != null) {
      TermsEnum it = terms.iterator();
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        docFreqs.put(term.utf8ToString(), it.docFreq());
      }
    }
    return of(docFreqs);
  }

  /**
   * Terms within {@code maxEdits} of {@code word} that start with the same character (a typo in the
   * first letter is rare, and the rule keeps candidates few), best first.
   */
  List<Near> near(String word, int maxEdits, int limit) {
    if (word.isEmpty() || word.length() > MAX_LENGTH || maxEdits <= 0) {
      return List.of();
    }
    Bucket bucket = buckets.get(word.charAt(0));
    if (bucket == null) {
      return List.of();
    }
    int from = bucket.firstOfLength()[Math.max(0, word.length() - maxEdits)];
    int to = bucket.firstOfLength()[Math.min(MAX_LENGTH + 1, word.length() + maxEdits + 1)];
    List<Near> found = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String term = bucket.terms()[i];
      int distance = EditDistance.bounded(word, term, maxEdits);
      if (distance > 0 && distance <= maxEdits) {
        found.add(new Near(term, distance, bucket.docFreqs()[i]));
      }
    }
    found.sort(Near.BEST_FIRST);
    return found.size() <= limit ? found : List.copyOf(found.subList(0, limit));
  }

  /** The usual allowance: none for very short words, one up to five letters, else two. */
  static int allowedEdits(String word) {
    int length = word.codePointCount(0, word.length());
    return length < 3 ? 0 : length <= 5 ? 1 : 2;
  }
}
