package dev.aphorist.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of the indexed text, read from the index's term dictionary once it is built: each word
 * with the number of quotes using it, the words grouped by stem, and the most used pairs of
 * neighbouring words. It serves stemming at query time, typo correction and completions.
 */
final class Vocabulary {

  /** Joins the two words of a pair term in the text field: "micro\u0001services". */
  static final char PAIR_SEPARATOR = '\u0001';

  /** Pairs kept for completions at most; the most widely used win. Bounds memory. */
  static final int MAX_PHRASES = 200_000;

  /** The text field's terms (null for an empty index), for looking pairs up. */
  private final Terms text;

  private final Map<String, Integer> words;
  private final Map<String, String[]> formsByStem;
  private final Map<String, Integer> stemFreqs;
  private final Map<String, String> surfaceOfStem;
  private final Map<String, Integer> phrases;

  private Vocabulary(
      Terms text,
      Map<String, Integer> words,
      Map<String, String[]> formsByStem,
      Map<String, Integer> stemFreqs,
      Map<String, String> surfaceOfStem,
      Map<String, Integer> phrases) {
    this.text = text;
    this.words = words;
    this.formsByStem = formsByStem;
    this.stemFreqs = stemFreqs;
    this.surfaceOfStem = surfaceOfStem;
    this.phrases = phrases;
  }

  static Vocabulary of(IndexReader reader) throws IOException {
    Map<String, Integer> words = new HashMap<>();
    Map<String, List<String>> forms = new HashMap<>();
    Map<String, Integer> stemFreqs = new HashMap<>();
    Map<String, String> surfaceOfStem = new HashMap<>();
    PriorityQueue<Map.Entry<String, Integer>> phrases =
        new PriorityQueue<>(
            Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
    Terms terms = MultiTerms.getTerms(reader, IndexFields.TEXT);
    if (terms != null) {
      TermsEnum it = terms.iterator();
      // Terms come in sorted order, so every choice below is deterministic.
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        String text = term.utf8ToString();
        int docFreq = it.docFreq();
        int separator = text.indexOf(PAIR_SEPARATOR);
        if (separator >= 0) {
          if (isSuggestiblePhrase(text, separator)) {
            phrases.add(Map.entry(text.replace(PAIR_SEPARATOR, ' '), docFreq));
            if (phrases.size() > MAX_PHRASES) {
              phrases.poll();
            }
          }
          continue;
        }
        words.put(text, docFreq);
        String stem = Stems.of(text);
        forms.computeIfAbsent(stem, s -> new ArrayList<>()).add(text);
        stemFreqs.merge(stem, docFreq, Math::max);
        if (docFreq > words.getOrDefault(surfaceOfStem.get(stem), 0)) {
          surfaceOfStem.put(stem, text);
        }
      }
    }
    Map<String, String[]> formsByStem = new HashMap<>();
    forms.forEach((stem, list) -> formsByStem.put(stem, list.toArray(String[]::new)));
    Map<String, Integer> phraseFreqs = new HashMap<>();
    phrases.forEach(e -> phraseFreqs.put(e.getKey(), e.getValue()));
    return new Vocabulary(
        terms,
        Map.copyOf(words),
        Map.copyOf(formsByStem),
        Map.copyOf(stemFreqs),
        Map.copyOf(surfaceOfStem),
        Map.copyOf(phraseFreqs));
  }

  /** Each word (lower case, as written) and how many quotes use it. */
  Map<String, Integer> words() {
    return words;
  }

  /** Each stem and how many quotes use its most used form. */
  Map<String, Integer> stems() {
    return stemFreqs;
  }

  /** Two-word phrases ("micro services") and how many quotes use them. */
  Map<String, Integer> phrases() {
    return phrases;
  }

  boolean isWord(String word) {
    return words.containsKey(word);
  }

  /** The most used word with this stem, or null. */
  String surfaceOf(String stem) {
    return surfaceOfStem.get(stem);
  }

  /** The indexed words sharing the stem of {@code word} ("deploying": deployed, deployment...). */
  List<String> forms(String word) {
    String[] forms = formsByStem.get(Stems.of(word));
    return forms == null ? List.of() : List.of(forms);
  }

  /** The words of a stem. */
  List<String> formsOfStem(String stem) {
    String[] forms = formsByStem.get(stem);
    return forms == null ? List.of() : List.of(forms);
  }

  /**
   * Every indexed term that means {@code word}: its forms, and the pairs of neighbouring words that
   * spell it when written together ("microservice" is also "micro services").
   */
  List<String> termsFor(String word) {
    Set<String> terms = new LinkedHashSet<>(forms(word));
    if (text == null) {
      return List.copyOf(terms);
    }
    TermsEnum pairs = null;
    try {
      for (int split = 2; split <= word.length() - 2; split++) {
        String left = word.substring(0, split);
        if (!isWord(left)) {
          continue;
        }
        String right = word.substring(split);
        Set<String> rights = new LinkedHashSet<>(forms(right));
        if (isWord(right)) {
          rights.add(right);
        }
        for (String form : rights) {
          String pair = left + PAIR_SEPARATOR + form;
          if (pairs == null) {
            pairs = text.iterator();
          }
          if (pairs.seekExact(new BytesRef(pair))) {
            terms.add(pair);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(terms);
  }

  private static boolean isSuggestiblePhrase(String pair, int separator) {
    return separator >= 2
        && pair.length() - separator - 1 >= 2
        && hasLetter(pair, 0, separator)
        && hasLetter(pair, separator + 1, pair.length());
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
