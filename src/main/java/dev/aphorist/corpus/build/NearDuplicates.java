package dev.aphorist.corpus.build;

import dev.aphorist.corpus.QuoteId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds near-duplicate texts: the same passage scraped twice with a word or a few characters
 * changed. Texts are compared on the word pairs of their normalized form (Jaccard similarity); a
 * MinHash index over those pairs finds likely matches without comparing every pair, so a corpus of
 * a hundred thousand quotes deduplicates in linear time.
 */
final class NearDuplicates<T> {

  /** Word-pair Jaccard similarity from which two texts are the same passage. */
  static final double SIMILARITY = 0.6;

  private static final int BANDS = 12;
  private static final int ROWS = 2;
  private static final long[] SEEDS = seeds(BANDS * ROWS);

  private final Map<Long, List<Entry<T>>> buckets = new HashMap<>();

  private record Entry<T>(Set<String> shingles, T value) {}

  /** The value of an already added near-duplicate of {@code text}, or null; then adds it. */
  T addIfNew(String text, T value) {
    Set<String> shingles = shingles(text);
    long[] signature = signature(shingles);
    for (int band = 0; band < BANDS; band++) {
      List<Entry<T>> bucket = buckets.get(bandKey(signature, band));
      if (bucket != null) {
        for (Entry<T> other : bucket) {
          if (similarity(shingles, other.shingles) >= SIMILARITY) {
            return other.value;
          }
        }
      }
    }
    Entry<T> entry = new Entry<>(shingles, value);
    for (int band = 0; band < BANDS; band++) {
      buckets.computeIfAbsent(bandKey(signature, band), k -> new ArrayList<>(1)).add(entry);
    }
    return null;
  }

  static Set<String> shingles(String text) {
    List<String> words = words(text);
    Set<String> out = new HashSet<>();
    if (words.size() == 1) {
      out.add(words.get(0));
      return out;
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + ' ' + words.get(i + 1));
    }
    return out;
  }

  /**
   * Lower-case words of letters and digits, apostrophes joining: {@link QuoteId#normalize} without
   * its Unicode normalization, which costs more than the rest of deduplication.
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (c != '\'' && c != '’' && word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    if (out.isEmpty()) {
      out.add("");
    }
    return out;
  }

  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    int common = 0;
    for (String s : smaller) {
      if (larger.contains(s)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  private static long[] signature(Set<String> shingles) {
    long[] min = new long[SEEDS.length];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (String shingle : shingles) {
      long h = shingle.hashCode();
      for (int i = 0; i < SEEDS.length; i++) {
        long v = mix(h ^ SEEDS[i]);
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    return min;
  }

  private static long bandKey(long[] signature, int band) {
    long key = band;
    for (int r = 0; r < ROWS; r++) {
      key = mix(key * 31 + signature[band * ROWS + r]);
    }
    return key;
  }

  /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds(int n) {
    long[] out = new long[n];
    long s = 0x9e3779b97f4a7c15L;
    for (int i = 0; i < n; i++) {
      s += 0x9e3779b97f4a7c15L;
      out[i] = mix(s);
    }
    return out;
  }
}
