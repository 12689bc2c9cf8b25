package dev.aphorist.pick;

import dev.aphorist.corpus.Quote;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A weighted random choice that every process makes the same way. Each candidate gets a key from a
 * hash of (seed, quote id) alone and the quote's weight (Efraimidis and Spirakis' weighted
 * sampling: key = ln(u) / weight); the largest key wins, ties going to the smaller id. So the
 * outcome depends only on the seed and the set of candidates: never on the order the corpus lists
 * them, a hash map's iteration order, the JVM or the machine. Repeated with fresh seeds over the
 * quotes not yet shown, it is weighted sampling without replacement.
 */
final class StableChoice {

  /** Weight of a quote of score 0; a quote of score 1 weighs 1.25, five times as much. */
  static final double BASE_WEIGHT = 0.25;

  private StableChoice() {}

  static double weight(Quote quote) {
    return BASE_WEIGHT + quote.score();
  }

  /**
   * The chosen quote among the catalog's quotes at {@code positions} (all of them when null) that
   * are not in {@code exclude}, if any.
   */
  static Optional<Quote> choose(
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
