package dev.aphorist.pick;

import dev.aphorist.corpus.Quote;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A weighted random choice that every process makes the same way: the outcome is a function of the
 * seed, the catalog (sorted by quote id) and the exclusions only, never of the order the corpus
 * lists its quotes, a hash map's iteration order, the JVM or the machine. Repeated with fresh seeds
 * over the quotes not yet shown, it is weighted sampling without replacement. See {@link #choose}
 * for how.
 */
final class StableChoice {

  /** Weight of a quote of score 0; a quote of score 1 weighs 1.25, five times as much. */
  static final double BASE_WEIGHT = 0.25;

  private StableChoice() {}

  static double weight(Quote quote) {
    return BASE_WEIGHT + quote.score();
  }

  /** The heaviest a quote can be: score 1. */
  private static final double MAX_WEIGHT = BASE_WEIGHT + 1.0;

  /**
   * Draws before falling back to a full scan. A draw fails when it lands on an excluded quote or is
   * rejected for its weight; with at least a tenth of the quotes left, 64 draws all fail about once
   * in fifty picks.
   */
  static final int MAX_DRAWS = 64;

  /**
   * The chosen quote among the catalog's quotes at {@code positions} (all of them when null) that
   * are not in {@code exclude}, if any: each with a probability proportional to its weight.
   *
   * <p>Mostly by rejection sampling, which costs a few draws whatever the corpus size: a draw picks
   * a position uniformly from a sequence seeded by {@code seed} and keeps its quote with
   * probability weight / heaviest weight. When the draws run out (nearly every quote excluded), a
   * full pass chooses by Efraimidis-Spirakis keys instead, with the same distribution. Both are
   * functions of the seed, the catalog and the exclusions only, so every process agrees.
   */
  static Optional<Quote> choose(
      QuoteCatalog catalog, int[] positions, Set<String> exclude, long seed) {
    List<Quote> quotes = catalog.quotes();
    int count = positions == null ? quotes.size() : positions.length;
    if (count == 0) {
      return Optional.empty();
    }
    long state = seed;
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      state += 0x9e3779b97f4a7c15L;
      long bits = mix(state);
      int index = (int) Math.floorMod(bits, (long) count);
      Quote quote = quotes.get(positions == null ? index : positions[index]);
      if (!exclude.isEmpty() && exclude.contains(quote.id())) {
        continue;
      }
      double accept = unitInterval(mix(bits ^ 0x5851f42d4c957f2dL));
      if (accept * MAX_WEIGHT <= weight(quote)) {
        return Optional.of(quote);
      }
    }
    return scan(catalog, positions, exclude, seed);
  }

  /** Efraimidis-Spirakis: the quote with the largest key u^(1/weight), ties to the smaller id. */
  private static Optional<Quote> scan(
      QuoteCatalog catalog, int[] positions, Set<String> exclude, long seed) {
    List<Quote> quotes = catalog.quotes();
    int count = positions == null ? quotes.size() : positions.length;
    Quote best = null;
    double bestKey = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      int position = positions == null ? i : positions[i];
      Quote quote = quotes.get(position);
      if (!exclude.isEmpty() && exclude.contains(quote.id())) {
        continue;
      }
      double key = Math.log(unitInterval(mix(seed ^ catalog.idHash(position)))) / weight(quote);
      if (best == null
          || key > bestKey
          || (key == bestKey && quote.id().compareTo(best.id()) < 0)) {
        best = quote;
        bestKey = key;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A 64-bit seed from text: the first 8 bytes of its SHA-256. */
  static long seed(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long seed = 0;
      for (int i = 0; i < 8; i++) {
        seed = (seed << 8) | (digest[i] & 0xff);
      }
      return seed;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** FNV-1a over the id's UTF-16 units: specified here, so stable everywhere. */
  static long hash(String id) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      hash ^= id.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** SplitMix64's finalizer: spreads every input bit over the whole output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A double in (0, 1] from the top 53 bits: never 0, whose logarithm is infinite. */
  static double unitInterval(long bits) {
    return ((bits >>> 11) + 1) * 0x1.0p-53;
  }
}
